package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.key;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.string;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.validationMessage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/** DynamoDB table tagging through the real AWS SDK v2 client: TagResource, UntagResource, ListTagsOfResource. */
class DynamoDbTaggingSdkTest {

    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private final DynamoDbClient dynamodb = CLOUD.dynamodb;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private Map<String, String> tags(String arn) {
        return dynamodb.listTagsOfResource(b -> b.resourceArn(arn)).tags().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value));
    }

    private String arnOf(String table) {
        return dynamodb.describeTable(b -> b.tableName(table)).table().tableArn();
    }

    private String createTable(String name, Tag... tags) {
        return dynamodb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk")).keySchema(key("pk", KeyType.HASH)).tags(tags))
                .tableDescription().tableArn();
    }

    @Test
    void tagsAddedAreListedAndUntaggedOnesDisappear() {
        String arn = arnOf(CLOUD.newTable(false));

        dynamodb.tagResource(b -> b.resourceArn(arn).tags(tag("team", "orders"), tag("env", "dev")));
        dynamodb.tagResource(b -> b.resourceArn(arn).tags(tag("env", "prod")));
        dynamodb.untagResource(b -> b.resourceArn(arn).tagKeys("team", "absent"));

        assertEquals(Map.of("env", "prod"), tags(arn));
    }

    @Test
    void tagsGivenOnCreateTableAreListed() {
        String arn = createTable("tagged-table", tag("owner", "ana"), tag("empty", ""));

        assertEquals(Map.of("owner", "ana", "empty", ""), tags(arn));
    }

    @Test
    void aDeletedTableCreatedAgainStartsWithoutTags() {
        String arn = createTable("recreated-table", tag("old", "yes"));
        dynamodb.deleteTable(b -> b.tableName("recreated-table"));

        createTable("recreated-table");

        assertTrue(tags(arn).isEmpty());
    }

    @Test
    void anArnOfNoTableIsResourceNotFound() {
        String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/no-such-table";

        assertThrows(ResourceNotFoundException.class, () -> tags(arn));
        assertThrows(ResourceNotFoundException.class,
                () -> dynamodb.tagResource(b -> b.resourceArn(arn).tags(tag("a", "b"))));
    }

    @Test
    void aMalformedArnIsAValidationException() {
        validationMessage(() -> tags("not-an-arn"));
    }

    @Test
    void tooManyOrBadTagsAreValidationExceptionsAndChangeNothing() {
        String arn = arnOf(CLOUD.newTable(false));
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
        dynamodb.tagResource(b -> b.resourceArn(arn).tags(fifty));

        validationMessage(() -> dynamodb.tagResource(b -> b.resourceArn(arn).tags(tag("one-more", "v"))));
        validationMessage(() -> dynamodb.tagResource(b -> b.resourceArn(arn).tags(tag("aws:cost", "v"))));
        validationMessage(() -> dynamodb.tagResource(b -> b.resourceArn(arn).tags(tag("k".repeat(129), "v"))));

        assertEquals(50, tags(arn).size());
    }

    @Test
    void createTableWithBadTagsCreatesNothing() {
        validationMessage(() -> createTable("bad-tags-table", tag("k", "v".repeat(257))));

        assertThrows(ResourceNotFoundException.class, () -> dynamodb.describeTable(b -> b.tableName("bad-tags-table")));
    }
}
