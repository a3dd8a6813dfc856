package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/**
 * How a service's refusal becomes a task's error, as Step Functions' optimized integrations name them: the
 * service's prefix and the AWS SDK for Java (v1) exception class, e.g. {@code DynamoDB.ConditionalCheckFailedException}
 * or {@code SNS.NotFoundException}; an error the API model does not list for the operation becomes the service's
 * generic class ({@code DynamoDB.AmazonDynamoDBException}). The cause is the SDK's message with its trailer,
 * {@code "... (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ...; Request ID: ...; Proxy: null)"}.
 *
 * @param prefix       the error name's prefix, e.g. {@code DynamoDB}
 * @param serviceName  the service as the SDK's trailer names it, e.g. {@code AmazonDynamoDBv2}
 * @param genericClass the class of errors the model does not list, e.g. {@code AmazonDynamoDBException}
 * @param modelled     the error codes (or shape names) the API model lists for the integration's operations
 */
record ServiceErrorNames(String prefix, String serviceName, String genericClass, Set<String> modelled) {

    /** Runs {@code call} on {@code pool}; a refusal fails the result with its task error. */
    CompletableFuture<JsonNode> runOn(Executor pool, Supplier<JsonNode> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.get();
            } catch (ServiceRefusal refusal) {
                throw failure(refusal);
            }
        }, pool);
    }

    /** The task error for {@code refusal}. */
    StatesFailure failure(ServiceRefusal refusal) {
        String cause = refusal.getMessage() + " (Service: " + serviceName + "; Status Code: " + refusal.status()
                + "; Error Code: " + refusal.errorCode() + "; Request ID: " + refusal.requestId() + "; Proxy: null)";
        return new StatesFailure(errorName(refusal.shape()), cause);
    }

    /** The error name for a refusal whose error shape is {@code shape}. */
    String errorName(String shape) {
        if (!modelled.contains(shape)) {
            return prefix + "." + genericClass;
        }
        return prefix + "." + (shape.endsWith("Exception") ? shape : shape + "Exception");
    }
}
