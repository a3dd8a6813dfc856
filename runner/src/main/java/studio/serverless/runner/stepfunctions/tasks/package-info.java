/**
 * Task integrations: {@link studio.serverless.runner.stepfunctions.tasks.TaskDispatcher} picks the integration a
 * Task's Resource names (a Lambda function ARN, or {@code arn:aws:states:::SERVICE:ACTION[.PATTERN]}) and each
 * integration runs its calls on the local cloud: Lambda, DynamoDB, SQS and EventBridge through their own wire
 * adapters in process (so Parameters and results are exactly the API's), SNS through its engine, and
 * {@code states:startExecution} (with {@code .sync}/{@code .sync:2}) through the Step Functions service. Refusals
 * get the error names AWS gives them ({@code DynamoDB.ConditionalCheckFailedException}, ...). See decision 0035.
 */
package studio.serverless.runner.stepfunctions.tasks;
