package studio.serverless.runner.dynamodb.engine;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.expression.DocumentPath;
import studio.serverless.runner.dynamodb.engine.expression.ExpressionAttributes;
import studio.serverless.runner.dynamodb.engine.expression.ProjectionParser;
import studio.serverless.runner.dynamodb.engine.expression.Projector;
import studio.serverless.runner.dynamodb.engine.expression.UpdateAction;
import studio.serverless.runner.dynamodb.engine.item.DeleteItemRequest;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.ItemResult;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.UpdateItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** PutItem, GetItem, UpdateItem and DeleteItem. */
final class ItemOperations {
    private final TableRegistry tables;
    private final ItemWriter writer;

    ItemOperations(TableRegistry tables, ItemWriter writer) {
        this.tables = tables;
        this.writer = writer;
    }

    ItemResult put(PutItemRequest request) {
        WriteOptions options = options(request.options());
        ReturnValues returnValues = ReturnValues.requireNoneOrAllOld(options.returnValues());
        Table table = tables.require(request.tableName());
        WriteOutcome outcome = writer.run(WritePreparer.put(table, request.item(), options));
        return returnValues == ReturnValues.ALL_OLD ? new ItemResult(outcome.oldItem()) : ItemResult.EMPTY;
    }

    ItemResult delete(DeleteItemRequest request) {
        WriteOptions options = options(request.options());
        ReturnValues returnValues = ReturnValues.requireNoneOrAllOld(options.returnValues());
        Table table = tables.require(request.tableName());
        WriteOutcome outcome = writer.run(WritePreparer.delete(table, request.key(), options));
        return returnValues == ReturnValues.ALL_OLD ? new ItemResult(outcome.oldItem()) : ItemResult.EMPTY;
    }

    ItemResult update(UpdateItemRequest request) {
        WriteOptions options = options(request.options());
        Table table = tables.require(request.tableName());
        WritePreparer.ParsedUpdate parsed = WritePreparer.parseUpdate(request.updateExpression(), options);
        WriteOutcome outcome = writer.run(WritePreparer.update(table, request.key(), parsed.actions(),
                parsed.condition(), options.returnOldItemOnConditionFailure()));
        return updateResult(options.returnValues(), parsed.actions(), outcome);
    }

    ItemResult get(GetItemRequest request) {
        Table table = tables.require(request.tableName());
        ExpressionAttributes attributes = new ExpressionAttributes(request.expressionAttributeNames(), null);
        List<DocumentPath> projection = request.projectionExpression() == null ? List.of()
                : ProjectionParser.parse(request.projectionExpression(), attributes);
        attributes.requireAllUsed();
        Map<String, AttributeValue> item = table.store().get(Keys.fromKey(table.definition(), request.key()));
        return item == null ? ItemResult.EMPTY : new ItemResult(Projector.project(item, projection));
    }

    private static ItemResult updateResult(ReturnValues returnValues, List<UpdateAction> actions,
                                           WriteOutcome outcome) {
        List<DocumentPath> updated = actions.stream().map(UpdateAction::path).toList();
        Map<String, AttributeValue> attributes = switch (returnValues == null ? ReturnValues.NONE : returnValues) {
            case NONE -> null;
            case ALL_OLD -> outcome.oldItem();
            case ALL_NEW -> outcome.newItem();
            case UPDATED_OLD -> outcome.oldItem() == null ? null : Projector.project(outcome.oldItem(), updated);
            case UPDATED_NEW -> Projector.project(outcome.newItem(), updated);
        };
        return attributes == null || attributes.isEmpty() ? ItemResult.EMPTY : new ItemResult(attributes);
    }

    private static WriteOptions options(WriteOptions options) {
        return options == null ? WriteOptions.NONE : options;
    }
}
