package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class RecursiveLoopRuleTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();
    private final RecursiveLoopRule rule = new RecursiveLoopRule();

    @Test
    void functionSendingToTheQueueThatTriggersItIsALoop() {
        ServiceId worker = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");
        ServiceId jobs = fixture.service(ServiceKind.SQS_QUEUE, "jobs");
        ConnectionId send = fixture.connect(ConnectionType.SQS_SEND, worker, jobs);
        ConnectionId trigger = fixture.connect(ConnectionType.SQS_EVENT_SOURCE, jobs, worker);

        Diagnostic diagnostic = only(fixture.check(rule));

        assertDiagnostic(diagnostic, "recursive-loop", Severity.ERROR, worker, jobs, send, trigger);
        assertMentions(diagnostic, "'worker' -(Send messages)-> 'jobs' -(SQS event source)-> 'worker'", "16");
    }

    @Test
    void loopThroughATopicAndAQueueIsFoundAndNamedInOrder() {
        ServiceId worker = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");
        ServiceId topic = fixture.service(ServiceKind.SNS_TOPIC, "events");
        ServiceId queue = fixture.service(ServiceKind.SQS_QUEUE, "inbox");
        ConnectionId publish = fixture.connect(ConnectionType.SNS_PUBLISH, worker, topic);
        ConnectionId subscription = fixture.connect(ConnectionType.SNS_SUBSCRIPTION, topic, queue);
        ConnectionId trigger = fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, worker);

        Diagnostic diagnostic = only(fixture.check(rule));

        assertDiagnostic(diagnostic, "recursive-loop", Severity.ERROR, worker, topic, queue, publish, subscription,
                trigger);
        assertMentions(diagnostic, "'worker' -(Publish messages)-> 'events' -(SNS subscription)-> 'inbox'"
                + " -(SQS event source)-> 'worker'");
    }

    @Test
    void functionThatOnlyReadsTheBucketThatTriggersItIsNoLoop() {
        ServiceId resize = fixture.service(ServiceKind.LAMBDA_FUNCTION, "resize");
        ServiceId photos = fixture.service(ServiceKind.S3_BUCKET, "photos");
        fixture.connect(ConnectionType.S3_NOTIFICATION, photos, resize);
        fixture.connect(ConnectionType.S3_ACCESS, resize, photos, "access", "read");

        assertTrue(fixture.check(rule).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"write", "read-write"})
    void functionThatWritesTheBucketThatTriggersItIsALoop(String access) {
        ServiceId resize = fixture.service(ServiceKind.LAMBDA_FUNCTION, "resize");
        ServiceId photos = fixture.service(ServiceKind.S3_BUCKET, "photos");
        fixture.connect(ConnectionType.S3_NOTIFICATION, photos, resize);
        fixture.connect(ConnectionType.S3_ACCESS, resize, photos, "access", access);

        assertMentions(only(fixture.check(rule)), "'resize' -(S3 access)-> 'photos'");
    }

    @Test
    void functionWritingTheTableWhoseStreamTriggersItIsALoop() {
        ServiceId audit = fixture.service(ServiceKind.LAMBDA_FUNCTION, "audit");
        ServiceId table = fixture.service(ServiceKind.DYNAMODB_TABLE, "orders");
        fixture.connect(ConnectionType.DYNAMODB_STREAM, table, audit);
        fixture.connect(ConnectionType.DYNAMODB_ACCESS, audit, table, "access", "write");

        assertEquals("recursive-loop", only(fixture.check(rule)).ruleId());
    }

    @Test
    void deadLetterQueueThatTriggersBackIntoTheLoopIsALoop() {
        ServiceId jobs = fixture.service(ServiceKind.SQS_QUEUE, "jobs");
        ServiceId worker = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");
        ServiceId deadLetters = fixture.service(ServiceKind.SQS_QUEUE, "jobs-dlq");
        ServiceId redriver = fixture.service(ServiceKind.LAMBDA_FUNCTION, "redriver");
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, jobs, worker);
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, jobs, deadLetters);
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, deadLetters, redriver);
        fixture.connect(ConnectionType.SQS_SEND, redriver, jobs);

        assertMentions(only(fixture.check(rule)), "'jobs' -(Dead-letter queue)-> 'jobs-dlq' -(SQS event source)->"
                + " 'redriver' -(Send messages)-> 'jobs'");
    }

    @Test
    void deadLetterQueueAndFailureDestinationThatLeadNowhereBackAreNoLoop() {
        ServiceId jobs = fixture.service(ServiceKind.SQS_QUEUE, "jobs");
        ServiceId worker = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");
        ServiceId deadLetters = fixture.service(ServiceKind.SQS_QUEUE, "jobs-dlq");
        ServiceId alerts = fixture.service(ServiceKind.LAMBDA_FUNCTION, "alerts");
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, jobs, worker);
        fixture.connect(ConnectionType.DEAD_LETTER_QUEUE, jobs, deadLetters);
        fixture.connect(ConnectionType.ON_FAILURE, worker, alerts);
        fixture.connect(ConnectionType.SQS_SEND, fixture.service(ServiceKind.LAMBDA_FUNCTION, "producer"), jobs);

        assertTrue(fixture.check(rule).isEmpty());
    }

    @Test
    void twoSeparateLoopsAreReportedOnceEach() {
        for (String name : List.of("a", "b")) {
            ServiceId function = fixture.service(ServiceKind.LAMBDA_FUNCTION, name + "-worker");
            ServiceId queue = fixture.service(ServiceKind.SQS_QUEUE, name + "-jobs");
            fixture.connect(ConnectionType.SQS_SEND, function, queue);
            fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function);
        }

        List<Diagnostic> diagnostics = fixture.check(rule);

        assertEquals(2, diagnostics.size(), diagnostics::toString);
        assertMentions(diagnostics.get(0), "'a-worker'");
        assertMentions(diagnostics.get(1), "'b-worker'");
    }

    @Test
    void servicesEntangledInSeveralLoopsAreOneDiagnosticThatSaysHowManyThereAre() {
        ServiceId worker = fixture.service(ServiceKind.LAMBDA_FUNCTION, "worker");
        for (String name : List.of("jobs", "retries")) {
            ServiceId queue = fixture.service(ServiceKind.SQS_QUEUE, name);
            fixture.connect(ConnectionType.SQS_SEND, worker, queue);
            fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, worker);
        }

        Diagnostic diagnostic = only(fixture.check(rule));

        assertMentions(diagnostic, "'worker' -(Send messages)-> 'jobs' -(SQS event source)-> 'worker'",
                "tangle of 3 services");
    }

    @Test
    void chainOfAThousandServicesWithoutLoopIsFine() {
        chain(1000);

        assertTrue(fixture.check(rule).isEmpty());
    }

    @Test
    void ringOfAThousandServicesIsOneLoopWithItsMiddleElided() {
        List<ServiceId> chain = chain(1000);
        fixture.connect(ConnectionType.SQS_SEND, chain.get(chain.size() - 1), chain.get(0));

        Diagnostic diagnostic = only(fixture.check(rule));

        assertEquals(2000, diagnostic.elements().size(), "1,000 services and 1,000 connections");
        assertMentions(diagnostic, "'queue-0' -(SQS event source)-> 'function-0'", "-> ... 991 more services ... ->",
                "'function-499' -(Send messages)-> 'queue-0'");
    }

    /** Queue 0 triggers function 0, which sends to queue 1, and so on; returns the services in order. */
    private List<ServiceId> chain(int services) {
        List<ServiceId> chain = new ArrayList<>();
        for (int index = 0; index < services / 2; index++) {
            ServiceId queue = fixture.service(ServiceKind.SQS_QUEUE, "queue-" + index);
            if (!chain.isEmpty()) {
                fixture.connect(ConnectionType.SQS_SEND, chain.get(chain.size() - 1), queue);
            }
            ServiceId function = fixture.service(ServiceKind.LAMBDA_FUNCTION, "function-" + index);
            fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function);
            chain.add(queue);
            chain.add(function);
        }
        return chain;
    }
}
