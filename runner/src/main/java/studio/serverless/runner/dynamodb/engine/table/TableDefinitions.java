package studio.serverless.runner.dynamodb.engine.table;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/** Builds a table definition from a CreateTable request, validating it as AWS does. */
public final class TableDefinitions {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

    private TableDefinitions() {
    }

    /** @return the validated definition of a new table with ARNs in the region and account */
    public static TableDefinition create(CreateTableRequest request, String arnPrefix, Instant now) {
        requireValidName(request.tableName(), "tableName");
        Map<String, AttributeType> types = types(request.attributeDefinitions());
        KeySchema key = KeySchemaValidator.keySchema(request.keySchema(), types);
        Map<String, SecondaryIndex> indexes = new LinkedHashMap<>();
        Indexes.addLocal(request.localSecondaryIndexes(), key, types, indexes);
        Indexes.addGlobal(request.globalSecondaryIndexes(), types, indexes);
        requireAllDefinitionsUsed(types, key, indexes);
        BillingMode billing = request.billingMode() == null ? BillingMode.PROVISIONED : request.billingMode();
        ProvisionedThroughput throughput = Indexes.throughput(billing, request.provisionedThroughput());
        StreamSpecification stream = Streams.check(request.streamSpecification());
        String label = stream.streamEnabled() ? Streams.label(now) : null;
        return new TableDefinition(request.tableName(), arnPrefix + "table/" + request.tableName(),
                UUID.randomUUID().toString(), now, types, key, indexes, billing, throughput, stream, label, null);
    }

    /** Refuses a table or index name AWS would refuse. */
    public static void requireValidName(String name, String field) {
        if (name == null || name.length() < 3 || name.length() > 255 || !NAME.matcher(name).matches()) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + name + "' at '" + field
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[a-zA-Z0-9_.-]+ and have length between 3 and 255");
        }
    }

    static Map<String, AttributeType> types(List<AttributeDefinition> definitions) {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        for (AttributeDefinition definition : definitions) {
            if (!definition.attributeType().isScalarKeyType()) {
                throw DynamoDbException.validation("1 validation error detected: Value '"
                        + definition.attributeType() + "' at 'attributeDefinitions.member.attributeType' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [B, N, S]");
            }
            if (types.put(definition.attributeName(), definition.attributeType()) != null) {
                throw DynamoDbException.invalidParameter("Duplicate AttributeName in AttributeDefinitions: "
                        + definition.attributeName());
            }
        }
        return types;
    }

    static void requireAllDefinitionsUsed(Map<String, AttributeType> types, KeySchema key,
                                          Map<String, SecondaryIndex> indexes) {
        Set<String> used = new HashSet<>(key.attributeNames());
        indexes.values().forEach(index -> used.addAll(index.keySchema().attributeNames()));
        if (!used.containsAll(types.keySet())) {
            throw DynamoDbException.invalidParameter("Number of attributes in KeySchema does not exactly match "
                    + "number of attributes defined in AttributeDefinitions");
        }
    }
}
