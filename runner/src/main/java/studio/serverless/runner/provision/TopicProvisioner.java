package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.Topic;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * Creates the diagram's SNS topics and subscribes the queues and functions drawn as their subscribers (with the
 * filter policy and raw delivery of the connection). A topic kept in a data folder is kept with its
 * subscriptions.
 */
final class TopicProvisioner implements ResourceProvisioner {

    private final SnsEngine sns;
    private final SqsEngine sqs;
    private final LambdaEngine lambda;

    TopicProvisioner(SnsEngine sns, SqsEngine sqs, LambdaEngine lambda) {
        this.sns = sns;
        this.sqs = sqs;
        this.lambda = lambda;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service service : diagram.services()) {
            if (service.kind() == ServiceKind.SNS_TOPIC) {
                Topic topic = keptOrCreated(service.name(), attributes(service));
                subscribeQueues(diagram, service, topic);
                created.add(new ProvisionedResource(ServiceKind.SNS_TOPIC, service.name(), topic.arn()));
            }
        }
        return created;
    }

    /**
     * The topic kept in a data folder from an earlier run, given the diagram's display name (which may have been
     * edited since), or else a new topic. A topic whose FIFO setting changed is left to CreateTopic to refuse.
     */
    private Topic keptOrCreated(String name, Map<String, String> attributes) {
        String region = LocalCloud.DEFAULT_REGION;
        String accountId = CallerIdentity.ACCOUNT_ID;
        String arn = "arn:aws:sns:" + region + ":" + accountId + ":" + name;
        boolean fifo = attributes.containsKey("FifoTopic");
        Topic kept = sns.topics().stream().filter(topic -> topic.arn().equals(arn) && topic.fifo() == fifo)
                .findFirst().orElse(null);
        if (kept == null) {
            return sns.createTopic(name, attributes, region, accountId);
        }
        String displayName = attributes.getOrDefault("DisplayName", "");
        if (!displayName.equals(kept.attributes().getOrDefault("DisplayName", ""))) {
            sns.setTopicAttribute(arn, "DisplayName", displayName);
        }
        return kept;
    }

    private static Map<String, String> attributes(Service topic) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (topic.properties().bool("fifo")) {
            attributes.put("FifoTopic", "true");
        }
        String displayName = topic.properties().text("displayName");
        if (displayName != null && !displayName.isBlank()) {
            attributes.put("DisplayName", displayName);
        }
        return attributes;
    }

    /**
     * Subscribes each queue and function drawn as the topic's subscriber, unless a topic kept in a data folder
     * already has a subscription to that endpoint (then the kept one, with its settings, stays).
     */
    private void subscribeQueues(Diagram diagram, Service topic, Topic created) {
        Set<String> subscribed = new HashSet<>();
        sns.subscriptions(created.arn()).forEach(existing -> subscribed.add(existing.endpoint()));
        for (Connection connection : diagram.connectionsOf(topic.id())) {
            Service target = diagram.require(connection.target());
            if (connection.type() != ConnectionType.SNS_SUBSCRIPTION) {
                continue;
            }
            String endpoint = switch (target.kind()) {
                case SQS_QUEUE -> sqs.queue(target.name()).arn();
                case LAMBDA_FUNCTION -> lambda.arn(target.name());
                default -> null;
            };
            if (endpoint != null && subscribed.add(endpoint)) {
                String protocol = target.kind() == ServiceKind.SQS_QUEUE ? "sqs" : "lambda";
                sns.subscribe(created.arn(), protocol, endpoint, subscription(connection));
            }
        }
    }

    private static Map<String, String> subscription(Connection connection) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (connection.properties().bool("rawMessageDelivery")) {
            attributes.put("RawMessageDelivery", "true");
        }
        String filter = connection.properties().text("filterPolicy");
        if (filter != null && !filter.isBlank()) {
            attributes.put("FilterPolicy", filter);
        }
        return attributes;
    }
}
