package studio.serverless.runner.dynamodb.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.expression.Condition;
import studio.serverless.runner.dynamodb.engine.expression.ConditionParser;
import studio.serverless.runner.dynamodb.engine.expression.ExpressionAttributes;
import studio.serverless.runner.dynamodb.engine.expression.ExpressionKind;
import studio.serverless.runner.dynamodb.engine.expression.UpdateAction;
import studio.serverless.runner.dynamodb.engine.expression.UpdateApplier;
import studio.serverless.runner.dynamodb.engine.expression.UpdateParser;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.ItemSize;

/** Parses and validates Put, Update, Delete and ConditionCheck into prepared writes, outside any lock. */
final class WritePreparer {
    private WritePreparer() {
    }

    static PreparedWrite put(Table table, Map<String, AttributeValue> item, WriteOptions options) {
        PrimaryKey key = Keys.fromItem(table.definition(), item);
        requireSize(item, "Item size has exceeded the maximum allowed size");
        Map<String, AttributeValue> stored = Map.copyOf(item);
        return new PreparedWrite(table, key, condition(options), old -> stored,
                options.returnOldItemOnConditionFailure());
    }

    static PreparedWrite delete(Table table, Map<String, AttributeValue> key, WriteOptions options) {
        return new PreparedWrite(table, Keys.fromKey(table.definition(), key), condition(options), old -> null,
                options.returnOldItemOnConditionFailure());
    }

    static PreparedWrite conditionCheck(Table table, Map<String, AttributeValue> key, WriteOptions options) {
        return PreparedWrite.checkOnly(table, Keys.fromKey(table.definition(), key), condition(options),
                options.returnOldItemOnConditionFailure());
    }

    static PreparedWrite update(Table table, Map<String, AttributeValue> key, List<UpdateAction> actions,
                                Condition condition, boolean returnOld) {
        TableDefinition definition = table.definition();
        PrimaryKey primaryKey = Keys.fromKey(definition, key);
        for (UpdateAction action : actions) {
            if (definition.keySchema().contains(action.path().topLevelName())) {
                throw DynamoDbException.invalidParameter("Cannot update attribute " + action.path().topLevelName()
                        + ". This attribute is part of the key");
            }
        }
        Map<String, AttributeValue> keyCopy = new LinkedHashMap<>(key);
        return new PreparedWrite(table, primaryKey, condition, old -> {
            Map<String, AttributeValue> updated = UpdateApplier.apply(actions, old == null ? keyCopy : old);
            requireSize(updated, "Item size to update has exceeded the maximum allowed size");
            Keys.fromItem(definition, updated);
            return Map.copyOf(updated);
        }, returnOld);
    }

    /** @return the parsed actions and condition of an UpdateItem, after checking every placeholder was used */
    static ParsedUpdate parseUpdate(String updateExpression, WriteOptions options) {
        ExpressionAttributes attributes = new ExpressionAttributes(options.expressionAttributeNames(),
                options.expressionAttributeValues());
        List<UpdateAction> actions = updateExpression == null ? List.of()
                : UpdateParser.parse(updateExpression, attributes);
        Condition condition = parse(options.conditionExpression(), attributes);
        attributes.requireAllUsed();
        return new ParsedUpdate(actions, condition);
    }

    /** The parsed parts of an update. @param actions the actions @param condition the condition, or null */
    record ParsedUpdate(List<UpdateAction> actions, Condition condition) {
    }

    private static Condition condition(WriteOptions options) {
        ExpressionAttributes attributes = new ExpressionAttributes(options.expressionAttributeNames(),
                options.expressionAttributeValues());
        Condition condition = parse(options.conditionExpression(), attributes);
        attributes.requireAllUsed();
        return condition;
    }

    private static Condition parse(String expression, ExpressionAttributes attributes) {
        return expression == null ? null
                : ConditionParser.parse(expression, ExpressionKind.ConditionExpression, attributes);
    }

    private static void requireSize(Map<String, AttributeValue> item, String message) {
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbException.validation(message);
        }
    }
}
