package studio.serverless.runner.kinesis.engine;

/** A stream's capacity mode. Locally both take any load; they differ only in how many shards a stream starts with. */
public enum StreamMode {
    /** AWS scales the shards; a new on-demand stream has {@link #ON_DEMAND_SHARDS} shards, as on AWS. */
    ON_DEMAND,
    /** The shard count is the creator's. */
    PROVISIONED;

    /** How many shards a new on-demand stream has on AWS. */
    public static final int ON_DEMAND_SHARDS = 4;
}
