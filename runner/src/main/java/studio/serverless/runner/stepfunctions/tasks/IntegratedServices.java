package studio.serverless.runner.stepfunctions.tasks;

import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * The local cloud's services that Task states reach.
 *
 * @param lambda   the functions
 * @param dynamoDb DynamoDB
 * @param sqs      SQS
 * @param sns      SNS
 * @param events   EventBridge
 */
public record IntegratedServices(LambdaEngine lambda, DynamoDbEngine dynamoDb, SqsEngine sqs, SnsEngine sns,
                                 EventsEngine events) {
}
