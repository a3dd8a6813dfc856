package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.stream.StreamViewType;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.BillingMode;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement.KeyType;
import studio.serverless.runner.dynamodb.engine.table.ProvisionedThroughput;
import studio.serverless.runner.dynamodb.engine.table.StreamSpecification;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/**
 * Creates the diagram's DynamoDB tables with their keys, billing mode, stream and time-to-live attribute.
 * An existing table of the same name is kept with its items. Provisioned tables get a nominal capacity: the local cloud records capacity and never throttles by it.
 */
final class TableProvisioner implements ResourceProvisioner {

    private static final ProvisionedThroughput NOMINAL_CAPACITY = new ProvisionedThroughput(5, 5);

    private final DynamoDbEngine dynamoDb;

    TableProvisioner(DynamoDbEngine dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service table : diagram.services()) {
            if (table.kind() == ServiceKind.DYNAMODB_TABLE) {
                TableDescription made = existing(table.name()).orElseGet(() -> create(table));
                created.add(new ProvisionedResource(ServiceKind.DYNAMODB_TABLE, made.tableName(), made.tableArn()));
            }
        }
        return created;
    }

    private Optional<TableDescription> existing(String tableName) {
        try {
            return Optional.of(dynamoDb.describeTable(tableName));
        } catch (DynamoDbException notThere) {
            return Optional.empty();
        }
    }

    private TableDescription create(Service table) {
        TableDescription made = dynamoDb.createTable(request(table));
        timeToLive(table);
        return made;
    }

    private static CreateTableRequest request(Service table) {
        PropertyValues values = table.properties();
        List<AttributeDefinition> definitions = new ArrayList<>();
        List<KeySchemaElement> keySchema = new ArrayList<>();
        addKey(values, "partitionKey", "partitionKeyType", KeyType.HASH, definitions, keySchema);
        addKey(values, "sortKey", "sortKeyType", KeyType.RANGE, definitions, keySchema);
        boolean provisioned = "PROVISIONED".equals(values.text("billingMode"));
        return new CreateTableRequest(table.name(), definitions, keySchema, null, null,
                provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
                provisioned ? NOMINAL_CAPACITY : null, stream(values.text("streamViewType")));
    }

    private static void addKey(PropertyValues values, String nameProperty, String typeProperty, KeyType keyType,
                               List<AttributeDefinition> definitions, List<KeySchemaElement> keySchema) {
        String attribute = values.text(nameProperty);
        if (attribute == null || attribute.isBlank()) {
            return;
        }
        definitions.add(new AttributeDefinition(attribute, AttributeType.valueOf(values.text(typeProperty))));
        keySchema.add(new KeySchemaElement(attribute, keyType));
    }

    private static StreamSpecification stream(String viewType) {
        if (viewType == null || viewType.isEmpty() || "NONE".equals(viewType)) {
            return StreamSpecification.DISABLED;
        }
        return new StreamSpecification(true, StreamViewType.valueOf(viewType));
    }

    private void timeToLive(Service table) {
        String attribute = table.properties().text("timeToLiveAttribute");
        if (attribute != null && !attribute.isBlank()) {
            dynamoDb.updateTimeToLive(table.name(), true, attribute);
        }
    }
}
