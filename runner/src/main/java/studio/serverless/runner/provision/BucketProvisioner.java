package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.s3.engine.NotificationConfiguration;
import studio.serverless.runner.s3.engine.NotificationRule;
import studio.serverless.runner.s3.engine.S3Engine;

/**
 * Creates the diagram's S3 buckets; a bucket that exists already (a kept data folder) is kept with its objects.
 * A bucket drawn with event notifications to functions gets them as its notification configuration (events,
 * prefix and suffix of the connection), replacing what it had: the diagram is the truth.
 */
final class BucketProvisioner implements ResourceProvisioner {

    private final S3Engine s3;
    private final String region;
    private final LambdaEngine lambda;

    BucketProvisioner(S3Engine s3, String region, LambdaEngine lambda) {
        this.s3 = s3;
        this.region = region;
        this.lambda = lambda;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service bucket : diagram.services()) {
            if (bucket.kind() == ServiceKind.S3_BUCKET) {
                boolean exists = s3.buckets().stream().anyMatch(info -> info.name().equals(bucket.name()));
                if (!exists) {
                    s3.createBucket(bucket.name(), region);
                }
                List<NotificationRule> rules = functionNotifications(diagram, bucket);
                if (!rules.isEmpty()) {
                    s3.setNotifications(bucket.name(), new NotificationConfiguration(rules));
                }
                created.add(new ProvisionedResource(ServiceKind.S3_BUCKET, bucket.name(),
                        "arn:aws:s3:::" + bucket.name()));
            }
        }
        return created;
    }

    private List<NotificationRule> functionNotifications(Diagram diagram, Service bucket) {
        List<NotificationRule> rules = new ArrayList<>();
        for (Connection connection : diagram.connectionsOf(bucket.id())) {
            Service target = diagram.require(connection.target());
            boolean toFunction = connection.source().equals(bucket.id())
                    && target.kind() == ServiceKind.LAMBDA_FUNCTION;
            if (connection.type() == ConnectionType.S3_NOTIFICATION && toFunction) {
                List<String> events = connection.properties().list("events");
                rules.add(new NotificationRule(connection.id().value(), NotificationRule.Destination.LAMBDA,
                        lambda.arn(target.name()), events.isEmpty() ? List.of("s3:ObjectCreated:*") : events,
                        connection.properties().text("prefix"), connection.properties().text("suffix")));
            }
        }
        return rules;
    }
}
