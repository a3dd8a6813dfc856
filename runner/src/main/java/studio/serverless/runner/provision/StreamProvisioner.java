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
 * Creates the diagram's Kinesis data streams with the catalogue's properties: capacity mode (on-demand streams
 * start with four shards, as on AWS), shard count for provisioned streams, and retention. A stream that already
 * exists under the name is kept as it is.
 */
final class StreamProvisioner implements ResourceProvisioner {

    private final KinesisEngine kinesis;

    StreamProvisioner(KinesisEngine kinesis) {
        this.kinesis = kinesis;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service service : diagram.services()) {
            if (service.kind() == ServiceKind.KINESIS_STREAM) {
                KinesisStream stream = keptOrCreated(service.name(), service.properties());
                created.add(new ProvisionedResource(ServiceKind.KINESIS_STREAM, stream.name(), stream.arn()));
            }
        }
        return created;
    }

    private KinesisStream keptOrCreated(String name, PropertyValues properties) {
        KinesisStream kept = kinesis.streams().stream().filter(stream -> stream.name().equals(name)).findFirst()
                .orElse(null);
        if (kept != null) {
            return kept;
        }
        StreamMode mode = "PROVISIONED".equals(properties.text("streamMode")) ? StreamMode.PROVISIONED
                : StreamMode.ON_DEMAND;
        Integer shards = mode == StreamMode.PROVISIONED ? properties.integer("shardCount").orElse(1) : null;
        KinesisStream stream = kinesis.createStream(name, mode, shards);
        int retention = properties.integer("retentionPeriodHours").orElse(KinesisStream.MIN_RETENTION_HOURS);
        if (retention != stream.retentionHours()) {
            kinesis.settings().increaseRetention(name, retention);
        }
        return stream;
    }
}
