package studio.serverless.codegen.handler;

/**
 * One SDK call site a handler gets for an access connection: which service it calls, the environment variable
 * naming the resource, and what the connection allows. Texts from the diagram ({@code resourceName},
 * {@code partitionKey}) are raw; templates put them through a language's escaper.
 *
 * @param service       the called service: dynamodb, s3, sqs, sns, kinesis or stepfunctions
 * @param variable      the environment variable with the resource's name, URL or ARN
 * @param suffix        what tells this call's helpers apart from another of the same service, in PascalCase
 *                      ({@code Orders} for TABLE_NAME_ORDERS), empty when the function calls one of its kind
 * @param reads         whether the code reads (DynamoDB and S3)
 * @param writes        whether the code writes
 * @param resourceName  the resource's name in the diagram
 * @param partitionKey  the table's partition key attribute (DynamoDB), else empty
 * @param keyType       the partition key's type: S, N or B (DynamoDB), else empty
 * @param sortKey       the table's sort key attribute (DynamoDB), empty when it has none
 * @param sortKeyType   the sort key's type: S, N or B, empty when there is no sort key
 * @param fifo          whether the queue or topic is FIFO, so sends need a message group
 * @param deduplicated  whether the FIFO queue or topic deduplicates by content, so sends need no deduplication id
 */
public record AccessCall(String service, String variable, String suffix, boolean reads, boolean writes,
                         String resourceName, String partitionKey, String keyType, String sortKey, String sortKeyType,
                         boolean fifo, boolean deduplicated) {

    /** The suffix in snake case for Python names ({@code _orders}), empty when there is none. */
    public String snakeSuffix() {
        return suffix.isEmpty() ? "" : "_" + suffix.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(
                java.util.Locale.ROOT);
    }
}
