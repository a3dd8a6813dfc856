package studio.serverless.runner.kinesis.engine;

/**
 * A record to put.
 *
 * @param partitionKey    chooses the shard (by MD5) unless an explicit hash key is given; 1 to 256 characters
 * @param explicitHashKey a decimal hash key that overrides the partition key's, or null
 * @param data            the data blob
 */
public record PutEntry(String partitionKey, String explicitHashKey, byte[] data) {

    /** Copies the data. */
    public PutEntry {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
