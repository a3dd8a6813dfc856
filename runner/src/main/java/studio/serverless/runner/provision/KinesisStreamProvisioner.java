package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.KinesisStream;
import studio.serverless.runner.kinesis.engine.StreamMode;

/**
 * Creates the diagram's Kinesis data streams with their capacity mode, shard count (provisioned mode) and
 * retention. An existing stream of the same name is kept as it is.
 */
final class KinesisStreamProvisioner implements ResourceProvisioner {

    private final KinesisEngine kinesis;

    KinesisStreamProvisioner(KinesisEngine kinesis) {
        this.kinesis = kinesis;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service service : diagram.services()) {
            if (service.kind() == ServiceKind.KINESIS_STREAM) {
                KinesisStream stream = existing(service.name());
                created.add(new ProvisionedResource(ServiceKind.KINESIS_STREAM, service.name(),
                        (stream == null ? create(service) : stream).arn()));
            }
        }
        return created;
    }

    private KinesisStream existing(String name) {
        return kinesis.streams().stream().filter(stream -> stream.name().equals(name)).findFirst().orElse(null);
    }

    private KinesisStream create(Service service) {
        PropertyValues values = service.properties();
        boolean provisioned = "PROVISIONED".equals(values.text("streamMode"));
        KinesisStream stream = kinesis.createStream(service.name(),
                provisioned ? StreamMode.PROVISIONED : StreamMode.ON_DEMAND,
                provisioned ? values.integer("shardCount").orElse(1) : null);
        int retention = values.integer("retentionPeriodHours").orElse(KinesisStream.MIN_RETENTION_HOURS);
        if (retention > KinesisStream.MIN_RETENTION_HOURS) {
            kinesis.settings().increaseRetention(service.name(), retention);
        }
        return stream;
    }
}
