package studio.serverless.canvas.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.model.catalog.ServiceKind;

class ConnectHintsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"S3 bucket, an S3 bucket", "SQS queue, an SQS queue", "SNS topic, an SNS topic",
            "API Gateway, an API Gateway", "EventBridge rule, an EventBridge rule", "Lambda function, a Lambda function",
            "DynamoDB table, a DynamoDB table", "Step Functions state machine, a Step Functions state machine",
            "Kinesis data stream, a Kinesis data stream"})
    void theArticleFollowsHowTheNameIsSpoken(String name, String withArticle) {
        assertEquals(withArticle, ConnectHints.withArticle(name));
    }

    @Test
    void theRefusalNamesBothKinds() {
        assertEquals("An SQS queue cannot connect to a DynamoDB table this way",
                ConnectHints.refusal(ServiceKind.SQS_QUEUE, ServiceKind.DYNAMODB_TABLE));
    }
}
