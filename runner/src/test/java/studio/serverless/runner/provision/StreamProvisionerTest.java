package studio.serverless.runner.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.kinesis.engine.KinesisStream;
import studio.serverless.runner.kinesis.engine.StreamMode;

/** A diagram's Kinesis streams appear in the local cloud under their names, with their mode, shards and retention. */
class StreamProvisionerTest {

    private final LocalCloud cloud = LocalCloud.start(0);

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void theClickstreamExamplesOnDemandStreamIsCreatedWithFourShards() throws Exception {
        Diagram diagram = DiagramFiles.load(Path.of("..", "examples", "clickstream.studio.json"));

        List<ProvisionedResource> created = DiagramProvisioner.forCloud(cloud).provision(diagram);

        ProvisionedResource stream = created.stream().filter(r -> r.kind() == ServiceKind.KINESIS_STREAM)
                .findFirst().orElseThrow();
        assertEquals("arn:aws:kinesis:us-east-1:000000000000:stream/studio-example-clickstream", stream.address());
        KinesisStream made = cloud.kinesis().stream("studio-example-clickstream");
        assertEquals(StreamMode.ON_DEMAND, made.mode());
        assertEquals(4, made.shards().size());
    }

    @Test
    void aProvisionedStreamGetsItsShardCountAndRetentionAndIsKeptWhenProvisionedAgain() {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(new ServiceId("k1"), ServiceKind.KINESIS_STREAM, "telemetry", Point.ORIGIN)
                .withProperty("streamMode", "PROVISIONED").withProperty("shardCount", 3)
                .withProperty("retentionPeriodHours", 72));

        DiagramProvisioner.forCloud(cloud).provision(diagram);
        List<ProvisionedResource> again = DiagramProvisioner.forCloud(cloud).provision(diagram);

        KinesisStream made = cloud.kinesis().stream("telemetry");
        assertEquals(StreamMode.PROVISIONED, made.mode());
        assertEquals(3, made.shards().size());
        assertEquals(72, made.retentionHours());
        assertEquals(1, again.size());
    }
}
