package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.choice;
import static studio.serverless.model.catalog.PropertySpec.integer;

import java.util.List;

/** The catalogue entry of a Kinesis data stream. */
final class KinesisStreamSpec {

    private KinesisStreamSpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.KINESIS_STREAM,
                "An ordered, replayable stream of records split into shards, for clickstreams, logs and telemetry.",
                "Producers put records; a function reads each shard in order through an event source mapping"
                        + " (poll-based) and a failing batch blocks its shard until it succeeds or expires.",
                "On-demand: per GB written and read plus a per-stream hourly charge; provisioned: per shard-hour.",
                List.of(
                        choice("streamMode", "Capacity mode", "ON_DEMAND", List.of("ON_DEMAND", "PROVISIONED"),
                                "On-demand scales shards for you; provisioned uses the shard count you set."),
                        integer("shardCount", "Shards", 1, 1, 10000,
                                "Provisioned mode: each shard takes 1 MB/s or 1,000 records/s in."),
                        integer("retentionPeriodHours", "Retention (hours)", 24, 24, 8760,
                                "How long records stay readable, 24 hours to 365 days.")),
                NamingRule.of(1, 128, "[A-Za-z0-9_.-]+", "letters, digits, underscores (_), hyphens (-) and dots (.)"),
                "stream");
    }
}
