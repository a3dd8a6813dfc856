package studio.serverless.runner.stepfunctions.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import studio.serverless.runner.ReferenceFiles;

/** Task errors are named as Step Functions' optimized integrations name them (the SDK's exception classes). */
class ServiceErrorNamesTest {

    @ParameterizedTest
    @CsvSource({
            "ConditionalCheckFailedException, DynamoDB.ConditionalCheckFailedException",
            "InternalServerError, DynamoDB.InternalServerErrorException",
            "ValidationException, DynamoDB.AmazonDynamoDBException",
    })
    void dynamoDbErrorsAreTheirClassOrTheGenericOne(String code, String name) {
        assertEquals(name, DynamoDbIntegration.ERRORS.errorName(code));
    }

    @ParameterizedTest
    @CsvSource({
            "QueueDoesNotExist, SQS.QueueDoesNotExistException",
            "MissingParameter, SQS.AmazonSQSException",
    })
    void sqsErrorsAreTheirShapeAsAClass(String shape, String name) {
        assertEquals(name, SqsIntegration.ERRORS.errorName(shape));
    }

    /** Every error given its own name is one the API model lists for the integration's operations. */
    @ParameterizedTest
    @MethodSource("integrations")
    void namedErrorsAreTheOnesTheApiModelLists(ServiceErrorNames errors, String model, List<String> operations) {
        JsonNode api = CloudWorkflows.json(ReferenceFiles.read("aws-api-models/" + model + ".json"));
        Set<String> listed = new HashSet<>();
        operations.forEach(operation -> api.at("/operations/" + operation + "/errors")
                .forEach(error -> listed.add(asClass(error.get("shape").asText()))));

        errors.modelled().forEach(code -> assertTrue(listed.contains(asClass(code)), code + " not in " + listed));
    }

    static Stream<Arguments> integrations() {
        return Stream.of(
                Arguments.of(DynamoDbIntegration.ERRORS, "dynamodb", List.of("PutItem", "GetItem", "UpdateItem",
                        "DeleteItem")),
                Arguments.of(SqsIntegration.ERRORS, "sqs", List.of("SendMessage")),
                Arguments.of(SnsIntegration.ERRORS, "sns", List.of("Publish")),
                Arguments.of(EventBridgeIntegration.ERRORS, "events", List.of("PutEvents")),
                Arguments.of(StepFunctionsIntegration.ERRORS, "stepfunctions", List.of("StartExecution")));
    }

    private static String asClass(String shape) {
        return shape.endsWith("Exception") ? shape : shape + "Exception";
    }
}
