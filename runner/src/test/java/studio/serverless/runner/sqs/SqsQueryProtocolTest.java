package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** SQS's older query protocol over raw HTTP: form-encoded actions in, XML out. */
class SqsQueryProtocolTest {

    private static final SqsTestCloud CLOUD = new SqsTestCloud();
    private static final String FORM = "application/x-www-form-urlencoded";

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static HttpResponse<String> call(String path, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        form.put("Version", "2012-11-05");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return CLOUD.post(path, FORM, body);
    }

    private static String between(String xml, String tag) {
        int start = xml.indexOf("<" + tag + ">") + tag.length() + 2;
        return xml.substring(start, xml.indexOf("</" + tag + ">", start));
    }

    @Test
    void createQueueAnswersWithTheQueueUrlInXml() {
        HttpResponse<String> response = call("/", "Action", "CreateQueue", "QueueName", "query-created");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("<?xml"));
        assertTrue(between(response.body(), "QueueUrl").endsWith("/000000000000/query-created"));
        assertEquals(response.headers().firstValue("x-amzn-RequestId").orElseThrow(),
                between(response.body(), "RequestId"));
    }

    @Test
    void aMessageSentToTheQueueUrlPathIsReceivedWithItsAttributes() {
        call("/", "Action", "CreateQueue", "QueueName", "query-path");
        HttpResponse<String> sent = call("/000000000000/query-path", "Action", "SendMessage",
                "MessageBody", "a & b", "MessageAttribute.1.Name", "kind",
                "MessageAttribute.1.Value.DataType", "String", "MessageAttribute.1.Value.StringValue", "test");

        HttpResponse<String> received = call("/000000000000/query-path", "Action", "ReceiveMessage",
                "MessageAttributeName.1", "All", "AttributeName.1", "All");

        assertEquals(200, sent.statusCode());
        assertEquals("4ea3b9d8b6a8a6c9d6d3a3b1a0e1d2c5".length(), between(sent.body(), "MD5OfMessageBody").length());
        assertEquals("a &amp; b", between(received.body(), "Body"));
        assertTrue(received.body().contains("<MessageAttribute><Name>kind</Name><Value><StringValue>test"
                + "</StringValue><DataType>String</DataType></Value></MessageAttribute>"));
        assertTrue(received.body().contains("<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value>"));
    }

    @Test
    void aMissingQueueIsAnXmlErrorResponseWithTheQueryCode() {
        HttpResponse<String> response = call("/", "Action", "GetQueueUrl", "QueueName", "absent");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("<ErrorResponse>"));
        assertEquals("AWS.SimpleQueueService.NonExistentQueue", between(response.body(), "Code"));
        assertEquals("Sender", between(response.body(), "Type"));
    }

    @Test
    void batchEntriesAreReadFromNumberedParameters() {
        call("/", "Action", "CreateQueue", "QueueName", "query-batch");
        HttpResponse<String> response = call("/000000000000/query-batch", "Action", "SendMessageBatch",
                "SendMessageBatchRequestEntry.1.Id", "one", "SendMessageBatchRequestEntry.1.MessageBody", "1",
                "SendMessageBatchRequestEntry.2.Id", "two", "SendMessageBatchRequestEntry.2.MessageBody", "2");

        assertEquals(2, response.body().split("<SendMessageBatchResultEntry>", -1).length - 1);
    }

    @Test
    void queueAttributesAreXmlNameValueEntries() {
        call("/", "Action", "CreateQueue", "QueueName", "query-attrs", "Attribute.1.Name", "DelaySeconds",
                "Attribute.1.Value", "5");

        HttpResponse<String> response = call("/000000000000/query-attrs", "Action", "GetQueueAttributes",
                "AttributeName.1", "DelaySeconds");

        assertTrue(response.body().contains("<Attribute><Name>DelaySeconds</Name><Value>5</Value></Attribute>"));
    }

    @Test
    void anUnknownActionIsAnInvalidActionError() {
        HttpResponse<String> response = call("/", "Action", "FlyToTheMoon");

        assertEquals(400, response.statusCode());
        assertEquals("InvalidAction", between(response.body(), "Code"));
        assertNotNull(response.headers().firstValue("x-amzn-RequestId").orElse(null));
    }
}
