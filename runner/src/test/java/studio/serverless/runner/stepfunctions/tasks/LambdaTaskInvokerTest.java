package studio.serverless.runner.stepfunctions.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

class LambdaTaskInvokerTest {

    @ParameterizedTest
    @CsvSource({
            "Work, Work",
            "arn:aws:lambda:us-east-1:000000000000:function:Work, Work",
            "arn:aws:lambda:us-east-1:000000000000:function:Work:live, Work",
            "000000000000:function:Work, Work",
    })
    void theFunctionIsFoundByNameOrArn(String given, String name) {
        assertEquals(name, LambdaTaskInvoker.functionName(given));
    }

    @Test
    void anUnknownFunctionFailsTheTaskWithLambdasError() {
        try (LambdaEngine lambda = new LambdaEngine("us-east-1", "000000000000")) {
            StatesFailure failure = failure(new LambdaTaskInvoker(lambda), "arn:aws:states:::lambda:invoke",
                    "{\"FunctionName\":\"Nowhere\",\"Payload\":{}}");

            assertEquals("Lambda.ResourceNotFoundException", failure.error());
        }
    }

    @Test
    void aResourceOtherThanLambdaFailsTheTaskSayingSo() {
        try (LambdaEngine lambda = new LambdaEngine("us-east-1", "000000000000")) {
            StatesFailure failure = failure(new LambdaTaskInvoker(lambda), "arn:aws:states:::sqs:sendMessage", "{}");

            assertEquals("States.TaskFailed", failure.error());
            assertEquals("'arn:aws:states:::sqs:sendMessage' is not a Lambda function or lambda:invoke resource",
                    failure.cause());
        }
    }

    private static StatesFailure failure(LambdaTaskInvoker invoker, String resource, String input) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> invoker.invoke(new TaskRequest(
                resource, new com.fasterxml.jackson.databind.ObjectMapper().readTree(input), "T", "arn", () -> { }))
                .get(10, TimeUnit.SECONDS));
        return assertInstanceOf(StatesFailure.class, failed.getCause());
    }
}
