package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.stream.StreamViewType;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.BillingMode;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.IndexDefinition;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;
import studio.serverless.runner.dynamodb.engine.table.Projection;
import studio.serverless.runner.dynamodb.engine.table.ProvisionedThroughput;
import studio.serverless.runner.dynamodb.engine.table.StreamSpecification;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/** Reads the table structures of CreateTable and UpdateTable: definitions, key schemas, indexes, capacity. */
final class TableRequests {
    private TableRequests() {
    }

    static CreateTableRequest create(RequestReader request) {
        return new CreateTableRequest(request.tableName(),
                request.required("AttributeDefinitions", attributeDefinitions(request)),
                request.required("KeySchema", keySchema(request)),
                request.list("LocalSecondaryIndexes", TableRequests::index),
                request.list("GlobalSecondaryIndexes", TableRequests::index),
                request.enumValue("BillingMode", BillingMode.class), throughput(request),
                streamSpecification(request));
    }

    static List<AttributeDefinition> attributeDefinitions(RequestReader request) {
        if (!request.has("AttributeDefinitions")) {
            return null;
        }
        return request.list("AttributeDefinitions", node -> {
            RequestReader definition = new RequestReader(node);
            return new AttributeDefinition(definition.requiredString("AttributeName"),
                    definition.required("AttributeType", definition.enumValue("AttributeType", KeyTypes.class))
                            .type());
        });
    }

    static List<KeySchemaElement> keySchema(RequestReader request) {
        if (!request.has("KeySchema")) {
            return null;
        }
        return request.list("KeySchema", node -> {
            RequestReader element = new RequestReader(node);
            return new KeySchemaElement(element.requiredString("AttributeName"), element.required("KeyType",
                    element.enumValue("KeyType", KeySchemaElement.KeyType.class)));
        });
    }

    static IndexDefinition index(JsonNode node) {
        RequestReader index = new RequestReader(node);
        return new IndexDefinition(index.requiredString("IndexName"),
                index.required("KeySchema", keySchema(index)),
                projection(index.requiredStructure("Projection")), throughput(index));
    }

    static ProvisionedThroughput throughput(RequestReader request) {
        RequestReader throughput = request.structure("ProvisionedThroughput");
        if (throughput == null) {
            return null;
        }
        return new ProvisionedThroughput(capacity(throughput, "ReadCapacityUnits"),
                capacity(throughput, "WriteCapacityUnits"));
    }

    private static long capacity(RequestReader throughput, String name) {
        long units = throughput.required("ProvisionedThroughput." + name, throughput.longValue(name));
        if (units < 1) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + units + "' at "
                    + "'provisionedThroughput." + MemberErrors.lowerFirst(name) + "' failed to satisfy constraint: "
                    + "Member must have value greater than or equal to 1");
        }
        return units;
    }

    static StreamSpecification streamSpecification(RequestReader request) {
        RequestReader stream = request.structure("StreamSpecification");
        if (stream == null) {
            return null;
        }
        return new StreamSpecification(stream.required("StreamEnabled", stream.bool("StreamEnabled")),
                stream.enumValue("StreamViewType", StreamViewType.class));
    }

    private static Projection projection(RequestReader projection) {
        Projection.ProjectionType type = projection.enumValue("ProjectionType", Projection.ProjectionType.class);
        List<String> nonKey = projection.list("NonKeyAttributes", node -> {
            if (!node.isTextual()) {
                throw MemberErrors.serialization("class java.lang.Object can not be converted to an String");
            }
            return node.textValue();
        });
        if (type == null) {
            throw DynamoDbException.invalidParameter("Unknown ProjectionType: null");
        }
        return new Projection(type, nonKey);
    }

    /** The three types a key attribute may have, as AWS lists them in its enum message. */
    enum KeyTypes {
        /** Binary. */ B,
        /** Number. */ N,
        /** String. */ S;

        AttributeType type() {
            return AttributeType.valueOf(name());
        }
    }
}
