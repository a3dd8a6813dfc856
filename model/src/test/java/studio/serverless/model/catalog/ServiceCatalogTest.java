package studio.serverless.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.catalog.ServiceKind.API_GATEWAY;
import static studio.serverless.model.catalog.ServiceKind.DYNAMODB_TABLE;
import static studio.serverless.model.catalog.ServiceKind.EVENTBRIDGE_RULE;
import static studio.serverless.model.catalog.ServiceKind.KINESIS_STREAM;
import static studio.serverless.model.catalog.ServiceKind.LAMBDA_FUNCTION;
import static studio.serverless.model.catalog.ServiceKind.S3_BUCKET;
import static studio.serverless.model.catalog.ServiceKind.SNS_TOPIC;
import static studio.serverless.model.catalog.ServiceKind.SQS_QUEUE;
import static studio.serverless.model.catalog.ServiceKind.STEP_FUNCTIONS;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceCatalogTest {

    private final ServiceCatalog catalog = ServiceCatalog.standard();

    @ParameterizedTest
    @EnumSource(ServiceKind.class)
    void everyKindExplainsItselfToLearners(ServiceKind kind) {
        ServiceSpec spec = catalog.service(kind);

        assertNotNull(spec);
        assertFalse(spec.summary().isBlank());
        assertFalse(spec.invocation().isBlank());
        assertFalse(spec.billing().isBlank());
    }

    @ParameterizedTest
    @EnumSource(ServiceKind.class)
    void everyDefaultKeepsItsOwnLimits(ServiceKind kind) {
        for (PropertySpec property : catalog.service(kind).properties()) {
            assertTrue(property.fitsType(property.defaultValue()), property.name());
            assertEquals(java.util.Optional.empty(), property.limitViolation(property.defaultValue()),
                    property.name());
            assertFalse(property.help().isBlank(), property.name());
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceKind.class)
    void everyDefaultNameKeepsTheNamingRule(ServiceKind kind) {
        ServiceSpec spec = catalog.service(kind);

        assertEquals(java.util.Optional.empty(), spec.namingRule().violation(spec.defaultName() + "-1"));
    }

    static Stream<Arguments> legalConnections() {
        return Stream.of(
                Arguments.of(ConnectionType.S3_NOTIFICATION, S3_BUCKET, LAMBDA_FUNCTION, InvocationModel.ASYNCHRONOUS),
                Arguments.of(ConnectionType.SQS_EVENT_SOURCE, SQS_QUEUE, LAMBDA_FUNCTION, InvocationModel.POLL_BASED),
                Arguments.of(ConnectionType.SNS_SUBSCRIPTION, SNS_TOPIC, LAMBDA_FUNCTION, InvocationModel.ASYNCHRONOUS),
                Arguments.of(ConnectionType.SNS_SUBSCRIPTION, SNS_TOPIC, SQS_QUEUE, InvocationModel.ASYNCHRONOUS),
                Arguments.of(ConnectionType.DYNAMODB_STREAM, DYNAMODB_TABLE, LAMBDA_FUNCTION, InvocationModel.POLL_BASED),
                Arguments.of(ConnectionType.KINESIS_STREAM, KINESIS_STREAM, LAMBDA_FUNCTION, InvocationModel.POLL_BASED),
                Arguments.of(ConnectionType.EVENTBRIDGE_TARGET, EVENTBRIDGE_RULE, LAMBDA_FUNCTION,
                        InvocationModel.ASYNCHRONOUS),
                Arguments.of(ConnectionType.EVENTBRIDGE_TARGET, EVENTBRIDGE_RULE, STEP_FUNCTIONS,
                        InvocationModel.ASYNCHRONOUS),
                Arguments.of(ConnectionType.EVENTBRIDGE_TARGET, EVENTBRIDGE_RULE, SQS_QUEUE, InvocationModel.ASYNCHRONOUS),
                Arguments.of(ConnectionType.API_INTEGRATION, API_GATEWAY, LAMBDA_FUNCTION, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.API_INTEGRATION, API_GATEWAY, STEP_FUNCTIONS, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.DYNAMODB_ACCESS, LAMBDA_FUNCTION, DYNAMODB_TABLE, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.S3_ACCESS, LAMBDA_FUNCTION, S3_BUCKET, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.SQS_SEND, LAMBDA_FUNCTION, SQS_QUEUE, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.SNS_PUBLISH, LAMBDA_FUNCTION, SNS_TOPIC, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.STATES_START, LAMBDA_FUNCTION, STEP_FUNCTIONS, InvocationModel.ASYNCHRONOUS),
                Arguments.of(ConnectionType.LAMBDA_INVOKE, STEP_FUNCTIONS, LAMBDA_FUNCTION, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.DYNAMODB_ACCESS, STEP_FUNCTIONS, DYNAMODB_TABLE, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.SQS_SEND, STEP_FUNCTIONS, SQS_QUEUE, InvocationModel.SYNCHRONOUS),
                Arguments.of(ConnectionType.SNS_PUBLISH, STEP_FUNCTIONS, SNS_TOPIC, InvocationModel.SYNCHRONOUS));
    }

    @ParameterizedTest
    @MethodSource("legalConnections")
    void theConnectionsAwsOffersAreLegalWithTheirInvocationModel(ConnectionType type, ServiceKind source,
                                                                   ServiceKind target, InvocationModel model) {
        assertTrue(catalog.isLegal(type, source, target));
        assertEquals(model, type.invocationModel());
    }

    @Test
    void connectionsAwsHasNoIntegrationForAreIllegal() {
        assertFalse(catalog.isLegal(ConnectionType.SQS_EVENT_SOURCE, SQS_QUEUE, STEP_FUNCTIONS));
        assertFalse(catalog.isLegal(ConnectionType.S3_NOTIFICATION, LAMBDA_FUNCTION, S3_BUCKET));
        assertTrue(catalog.connectionsBetween(DYNAMODB_TABLE, S3_BUCKET).isEmpty());
    }

    @Test
    void drawingFromAFunctionToATableAsksReadWriteOrBoth() {
        List<String> labels = catalog.choices(LAMBDA_FUNCTION, DYNAMODB_TABLE).stream()
                .map(choice -> choice.presets().get("access").toString()).toList();

        assertEquals(List.of("read", "write", "read-write"), labels);
    }

    @Test
    void drawingFromAFunctionToAQueueOffersSendingAndTheDestinations() {
        List<ConnectionType> types = catalog.choices(LAMBDA_FUNCTION, SQS_QUEUE).stream()
                .map(choice -> choice.spec().type()).toList();

        assertEquals(List.of(ConnectionType.SQS_SEND, ConnectionType.ON_FAILURE, ConnectionType.ON_SUCCESS,
                ConnectionType.DEAD_LETTER_QUEUE), types);
    }

    @Test
    void lambdaLimitsAreAwsDocumentedOnes() {
        ServiceSpec lambda = catalog.service(LAMBDA_FUNCTION);
        PropertySpec memory = lambda.property("memorySize").orElseThrow();
        PropertySpec timeout = lambda.property("timeout").orElseThrow();

        assertEquals(List.of(128, 10240), List.of(memory.min(), memory.max()));
        assertEquals(List.of(1, 900), List.of(timeout.min(), timeout.max()));
        assertTrue(lambda.property("runtime").orElseThrow().choices()
                .containsAll(List.of("python3.12", "python3.13", "nodejs20.x", "nodejs22.x", "java17", "java21")));
    }

    @Test
    void outOfRangeValuesAreExplainedWithTheAllowedRange() {
        PropertySpec visibility = catalog.service(SQS_QUEUE).property("visibilityTimeout").orElseThrow();

        assertEquals("Visibility timeout (s) is 50000; AWS allows 0 to 43200.",
                visibility.limitViolation(50000).orElseThrow());
    }
}
