package studio.serverless.runner.dynamodb.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import studio.serverless.runner.tagging.ResourceTags;
import studio.serverless.runner.tagging.TagRules;
import studio.serverless.runner.tagging.TagViolation;

/**
 * The tags of DynamoDB tables, addressed by table ARN as TagResource, UntagResource and ListTagsOfResource address
 * them. A broken tag rule is a ValidationException, an ARN of no table a ResourceNotFoundException.
 */
public final class TableTagging {

    private final ResourceTags tags = new ResourceTags();
    private final TableRegistry tables;

    TableTagging(TableRegistry tables) {
        this.tables = tables;
    }

    /** The tags by table ARN, for the store to restore and journal them at start. */
    public ResourceTags tags() {
        return tags;
    }

    /** Checks the tags of a table about to be created; nothing is created when they are bad. */
    static void checkNew(Map<String, String> tableTags) {
        ResourceTags.checkNew(tableTags, TableTagging::refusal);
    }

    /** TagResource: adds tags to the table {@code arn}, replacing the values of keys it has. */
    public void tagResource(String arn, Map<String, String> tableTags) {
        tags.tag(existing(arn), tableTags, TableTagging::refusal);
    }

    /** UntagResource: removes the tags with {@code keys}; absent keys are ignored. */
    public void untagResource(String arn, List<String> keys) {
        keys.forEach(key -> TagRules.checkKey(key).filter(v -> v.rule() == TagViolation.Rule.KEY_LENGTH)
                .ifPresent(violation -> {
                    throw refusal(violation);
                }));
        tags.untag(existing(arn), keys);
    }

    /** ListTagsOfResource: the table's tags sorted by key. */
    public Map<String, String> listTagsOfResource(String arn) {
        return tags.of(existing(arn));
    }

    /** The ARNs of every table, e.g. to drop tags whose table is gone. */
    public Set<String> tableArns() {
        return tables.names().stream().map(name -> tables.arnPrefix() + "table/" + name).collect(Collectors.toSet());
    }

    private String existing(String arn) {
        String tablePrefix = tables.arnPrefix() + "table/";
        if (arn == null || !arn.startsWith(tablePrefix) || arn.length() == tablePrefix.length()) {
            throw DynamoDbException.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        String name = arn.substring(tablePrefix.length());
        if (name.contains("/") || !tables.contains(name)) {
            throw DynamoDbException.of(DynamoDbError.RESOURCE_NOT_FOUND,
                    "Requested resource not found: ResourceArn: " + arn + " not found");
        }
        return arn;
    }

    private static RuntimeException refusal(TagViolation violation) {
        return switch (violation.rule()) {
            case TOO_MANY_TAGS -> DynamoDbException.validation("One or more parameter values were invalid: The"
                    + " number of tags on a resource cannot exceed " + TagRules.MAX_TAGS);
            case KEY_LENGTH -> DynamoDbException.validation("1 validation error detected: Value at 'tags.member.key'"
                    + " failed to satisfy constraint: Member must have length between 1 and "
                    + TagRules.MAX_KEY_LENGTH);
            case VALUE_LENGTH -> DynamoDbException.validation("1 validation error detected: Value at"
                    + " 'tags.member.value' failed to satisfy constraint: Member must have length less than or equal"
                    + " to " + TagRules.MAX_VALUE_LENGTH);
            case RESERVED_PREFIX -> DynamoDbException.validation("One or more parameter values were invalid: Tag key "
                    + violation.key() + " uses the reserved prefix " + TagRules.RESERVED_PREFIX);
        };
    }
}
