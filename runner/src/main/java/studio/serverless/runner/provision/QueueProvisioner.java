package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.sqs.engine.MessageQueue;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * Creates the diagram's SQS queues with their properties as SQS attributes; a drawn dead-letter queue becomes
 * the source queue's redrive policy, so dead-letter queues are created first.
 */
final class QueueProvisioner implements ResourceProvisioner {

    private final SqsEngine sqs;
    private final String region;
    private final String accountId;
    private final String endpoint;

    QueueProvisioner(SqsEngine sqs, String region, String accountId, String endpoint) {
        this.sqs = sqs;
        this.region = region;
        this.accountId = accountId;
        this.endpoint = endpoint;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service queue : deadLetterQueuesFirst(diagram)) {
            MessageQueue made = sqs.createQueue(queue.name(), attributes(diagram, queue), region, accountId);
            created.add(new ProvisionedResource(ServiceKind.SQS_QUEUE, made.name(),
                    url(endpoint, accountId, made.name())));
        }
        return created;
    }

    /** The URL of a local queue. */
    static String url(String endpoint, String accountId, String name) {
        return endpoint + "/" + accountId + "/" + name;
    }

    private static List<Service> deadLetterQueuesFirst(Diagram diagram) {
        List<Service> queues = diagram.services().stream().filter(s -> s.kind() == ServiceKind.SQS_QUEUE).toList();
        List<Service> ordered = new ArrayList<>(queues.stream().filter(q -> isDeadLetterQueue(diagram, q)).toList());
        queues.stream().filter(q -> !ordered.contains(q)).forEach(ordered::add);
        return ordered;
    }

    private static boolean isDeadLetterQueue(Diagram diagram, Service queue) {
        return diagram.connections().stream()
                .anyMatch(c -> c.type() == ConnectionType.DEAD_LETTER_QUEUE && c.target().equals(queue.id()));
    }

    private Map<String, String> attributes(Diagram diagram, Service queue) {
        PropertyValues values = queue.properties();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (values.bool("fifo")) {
            attributes.put("FifoQueue", "true");
            attributes.put("ContentBasedDeduplication", String.valueOf(values.bool("contentBasedDeduplication")));
        }
        putInteger(attributes, "VisibilityTimeout", values, "visibilityTimeout");
        putInteger(attributes, "MessageRetentionPeriod", values, "messageRetentionPeriod");
        putInteger(attributes, "DelaySeconds", values, "delaySeconds");
        putInteger(attributes, "ReceiveMessageWaitTimeSeconds", values, "receiveMessageWaitTime");
        redrivePolicy(diagram, queue).ifPresent(policy -> attributes.put("RedrivePolicy", policy));
        return attributes;
    }

    private static void putInteger(Map<String, String> attributes, String attribute, PropertyValues values,
                                   String property) {
        values.integer(property).ifPresent(value -> attributes.put(attribute, String.valueOf(value)));
    }

    private Optional<String> redrivePolicy(Diagram diagram, Service queue) {
        return diagram.connections().stream()
                .filter(c -> c.type() == ConnectionType.DEAD_LETTER_QUEUE && c.source().equals(queue.id()))
                .findFirst()
                .map(connection -> redrivePolicy(diagram, connection));
    }

    private String redrivePolicy(Diagram diagram, Connection connection) {
        String deadLetterArn = sqs.queue(diagram.require(connection.target()).name()).arn();
        int maxReceiveCount = connection.properties().integer("maxReceiveCount").orElse(5);
        return "{\"deadLetterTargetArn\":\"" + deadLetterArn + "\",\"maxReceiveCount\":" + maxReceiveCount + "}";
    }
}
