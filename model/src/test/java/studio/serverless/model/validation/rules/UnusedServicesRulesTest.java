package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/** The rules about services that nothing uses: unused resources, targetless rules, topics, state machines. */
class UnusedServicesRulesTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();

    @ParameterizedTest
    @EnumSource(value = ServiceKind.class,
            names = {"DYNAMODB_TABLE", "S3_BUCKET", "SQS_QUEUE", "SNS_TOPIC", "KINESIS_STREAM"})
    void resourceWithoutAnyConnectionIsWarned(ServiceKind kind) {
        ServiceId resource = fixture.service(kind, "lonely");

        Diagnostic diagnostic = only(fixture.check(new UnusedResourceRule()));

        assertDiagnostic(diagnostic, "unused-resource", Severity.WARNING, resource);
        assertMentions(diagnostic, "'lonely'", kind.displayName(), "Nothing reads or writes");
    }

    @Test
    void queueUsedOnlyAsADeadLetterQueueIsUsed() {
        ServiceId jobs = fixture.service(ServiceKind.SQS_QUEUE, "jobs");
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, jobs, fixture.service(ServiceKind.LAMBDA_FUNCTION, "w"));
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, jobs, fixture.service(ServiceKind.SQS_QUEUE, "jobs-dlq"));

        assertTrue(fixture.check(new UnusedResourceRule()).isEmpty());
    }

    @Test
    void unconnectedFunctionIsNotAnUnusedResource() {
        fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");

        assertTrue(fixture.check(new UnusedResourceRule()).isEmpty());
    }

    @Test
    void eventBridgeRuleWithoutTargetIsAnError() {
        ServiceId rule = fixture.service(ServiceKind.EVENTBRIDGE_RULE, "nightly");

        Diagnostic diagnostic = only(fixture.check(new EventBridgeRuleWithoutTargetRule()));

        assertDiagnostic(diagnostic, "eventbridge-rule-without-target", Severity.ERROR, rule);
        assertMentions(diagnostic, "'nightly'", "5 targets");
    }

    @Test
    void eventBridgeRuleWithATargetIsFine() {
        ServiceId rule = fixture.service(ServiceKind.EVENTBRIDGE_RULE, "nightly");
        fixture.connect(ConnectionType.EVENTBRIDGE_TARGET, rule, fixture.service(ServiceKind.SQS_QUEUE, "jobs"));

        assertTrue(fixture.check(new EventBridgeRuleWithoutTargetRule()).isEmpty());
    }

    @Test
    void topicWithoutSubscriptionIsWarned() {
        ServiceId topic = fixture.service(ServiceKind.SNS_TOPIC, "alerts");
        fixture.connect(ConnectionType.SNS_PUBLISH, fixture.service(ServiceKind.LAMBDA_FUNCTION, "w"), topic);

        Diagnostic diagnostic = only(fixture.check(new SnsTopicWithoutSubscriberRule()));

        assertDiagnostic(diagnostic, "sns-topic-without-subscriber", Severity.WARNING, topic);
        assertMentions(diagnostic, "'alerts'", "lost");
    }

    @Test
    void topicWithASubscriptionIsFine() {
        ServiceId topic = fixture.service(ServiceKind.SNS_TOPIC, "alerts");
        fixture.connect(ConnectionType.SNS_SUBSCRIPTION, topic, fixture.service(ServiceKind.SQS_QUEUE, "inbox"));

        assertTrue(fixture.check(new SnsTopicWithoutSubscriberRule()).isEmpty());
    }

    @Test
    void stateMachineThatOnlyInvokesFunctionsIsWarnedThatNothingStartsIt() {
        ServiceId machine = fixture.service(ServiceKind.STEP_FUNCTIONS, "checkout");
        fixture.connect(ConnectionType.LAMBDA_INVOKE, machine, fixture.service(ServiceKind.LAMBDA_FUNCTION, "pay"));

        Diagnostic diagnostic = only(fixture.check(new StepFunctionsUnusedRule()));

        assertDiagnostic(diagnostic, "stepfunctions-unused", Severity.WARNING, machine);
        assertMentions(diagnostic, "'checkout'");
    }

    @ParameterizedTest
    @EnumSource(value = ServiceKind.class, names = {"API_GATEWAY", "EVENTBRIDGE_RULE", "LAMBDA_FUNCTION"})
    void stateMachineStartedBySomethingIsFine(ServiceKind starterKind) {
        ServiceId machine = fixture.service(ServiceKind.STEP_FUNCTIONS, "checkout");
        ServiceId starter = fixture.service(starterKind, "starter");
        ConnectionType type = switch (starterKind) {
            case API_GATEWAY -> ConnectionType.API_INTEGRATION;
            case EVENTBRIDGE_RULE -> ConnectionType.EVENTBRIDGE_TARGET;
            default -> ConnectionType.STATES_START;
        };
        fixture.connect(type, starter, machine);

        assertTrue(fixture.check(new StepFunctionsUnusedRule()).isEmpty());
    }
}
