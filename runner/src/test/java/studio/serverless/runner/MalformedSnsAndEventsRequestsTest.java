package studio.serverless.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed SNS (query) and EventBridge (JSON 1.1) requests: each gets an AWS-shaped answer (never a
 * 5xx), and afterwards both services still work correctly.
 */
class MalformedSnsAndEventsRequestsTest {

    private static final LocalCloud CLOUD = LocalCloud.start(0, new MutableClock());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:fuzz";
    private static final String[] SNS_ACTIONS = {"CreateTopic", "DeleteTopic", "ListTopics", "GetTopicAttributes",
        "SetTopicAttributes", "Subscribe", "Unsubscribe", "ConfirmSubscription", "ListSubscriptions",
        "ListSubscriptionsByTopic", "GetSubscriptionAttributes", "SetSubscriptionAttributes", "Publish",
        "PublishBatch", "NoSuchAction"};
    private static final String[] SNS_PARAMETERS = {"", "Name=", "Name=%ZZ", "Name=a%20b", "TopicArn=" + TOPIC,
        "TopicArn=arn:aws:sns:x", "TopicArn=" + TOPIC + "&Message=", "TopicArn=" + TOPIC + "&Message=x&Subject=",
        "TopicArn=" + TOPIC + "&Message=x&MessageStructure=json", "TopicArn=" + TOPIC + "&Protocol=sqs&Endpoint=x",
        "TopicArn=" + TOPIC + "&Message=x&MessageAttributes.entry.1.Name=a",
        "TopicArn=" + TOPIC + "&Message=x&MessageAttributes.entry.1.Name=a&MessageAttributes.entry.1.Value.DataType=Number"
            + "&MessageAttributes.entry.1.Value.StringValue=NaNx",
        "TopicArn=" + TOPIC + "&Message=x&MessageAttributes.entry.1.Name=a&MessageAttributes.entry.1.Value.DataType=Binary"
            + "&MessageAttributes.entry.1.Value.BinaryValue=%%%",
        "TopicArn=" + TOPIC + "&PublishBatchRequestEntries.member.1.Id=a%20b",
        "TopicArn=" + TOPIC + "&PublishBatchRequestEntries.member.1.Message=no-id",
        "SubscriptionArn=" + TOPIC + ":nope", "SubscriptionArn=x&AttributeName=FilterPolicy&AttributeValue={",
        "TopicArn=" + TOPIC + "&AttributeName=Nope&AttributeValue=1", "NextToken=-5", "NextToken=abc",
        "Attributes.entry.1.key=FifoTopic&Attributes.entry.1.value=maybe&Name=x"};
    private static final String[] EVENTS_OPERATIONS = {"CreateEventBus", "DeleteEventBus", "DescribeEventBus",
        "ListEventBuses", "PutRule", "DescribeRule", "ListRules", "DeleteRule", "EnableRule", "DisableRule",
        "PutTargets", "ListTargetsByRule", "RemoveTargets", "PutEvents", "TestEventPattern", "NoSuchOperation"};
    private static final String[] EVENTS_BODIES = {"", "{", "[]", "null", "7", "\"s\"", "{\"Name\":5}",
        "{\"Name\":\"\"}", "{\"Name\":\"a b\"}", "{\"Name\":\"r\",\"EventPattern\":\"{\"}",
        "{\"Name\":\"r\",\"ScheduleExpression\":\"cron(nope)\"}", "{\"Name\":\"r\",\"State\":\"SLEEPING\","
            + "\"EventPattern\":\"{\\\"a\\\":[1]}\"}", "{\"Rule\":\"missing\",\"Targets\":\"x\"}",
        "{\"Rule\":\"missing\",\"Targets\":[{\"Id\":1}]}", "{\"Entries\":\"x\"}", "{\"Entries\":[1,2]}",
        "{\"Entries\":[{\"Time\":\"yesterday\"}]}", "{\"Entries\":[{\"Source\":\"s\",\"DetailType\":\"d\","
            + "\"Detail\":\"nope\"}]}", "{\"EventPattern\":\"{}\",\"Event\":\"{}\"}", "{\"Limit\":\"ten\"}",
        "{\"NextToken\":\"zz\"}", "{\"EventBusName\":{\"a\":1}}"};

    @AfterAll
    static void stop() {
        CLOUD.stop();
    }

    @Test
    void everyMalformedSnsRequestGetsAnAwsShapedAnswer() {
        CLOUD.sns().createTopic("fuzz", java.util.Map.of(), "us-east-1", "000000000000");
        List<String> failures = new ArrayList<>();
        for (String action : SNS_ACTIONS) {
            for (String parameters : SNS_PARAMETERS) {
                String body = "Action=" + action + "&Version=2010-03-31&" + parameters;
                check(sns(body), "<ErrorResponse>", action + " " + parameters, failures);
            }
        }
        assertEquals(List.of(), failures);
        assertBothServicesStillWork();
    }

    @Test
    void everyMalformedEventBridgeRequestGetsAnAwsShapedAnswer() {
        List<String> failures = new ArrayList<>();
        for (String operation : EVENTS_OPERATIONS) {
            for (String body : EVENTS_BODIES) {
                check(events("AWSEvents." + operation, body), "\"__type\"", operation + " " + body, failures);
            }
        }
        assertEquals(List.of(), failures);
        assertBothServicesStillWork();
    }

    @Test
    void thousandsOfRandomRequestsLeaveTheEndpointServing() {
        Random random = new Random(5);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            String garbage = new String(bytes, StandardCharsets.ISO_8859_1);
            if (i % 2 == 0) {
                String action = SNS_ACTIONS[random.nextInt(SNS_ACTIONS.length)];
                String body = "Action=" + action + "&Version=2010-03-31&"
                        + (i % 4 == 0 ? garbage : "Message=" + URLEncoder.encode(garbage, StandardCharsets.UTF_8)
                                + "&TopicArn=" + TOPIC + "&Name=" + URLEncoder.encode(garbage, StandardCharsets.UTF_8));
                check(sns(body), "<ErrorResponse>", "sns #" + i, failures);
            } else {
                String operation = EVENTS_OPERATIONS[random.nextInt(EVENTS_OPERATIONS.length)];
                String body = i % 3 == 0 ? garbage : "{\"Name\":" + quote(garbage) + ",\"EventPattern\":" + quote(garbage)
                        + ",\"Entries\":[{\"Source\":\"s\",\"DetailType\":\"d\",\"Detail\":" + quote(garbage) + "}]}";
                check(events("AWSEvents." + operation, body), "\"__type\"", "events #" + i, failures);
            }
        }
        assertEquals(List.of(), failures);
        assertBothServicesStillWork();
    }

    private static void check(HttpResponse<String> response, String errorShape, String what, List<String> failures) {
        int status = response.statusCode();
        boolean ok = status >= 200 && status < 300;
        boolean shaped = status >= 400 && status < 500 && response.body().contains(errorShape);
        if (!ok && !shaped) {
            failures.add(what + " -> " + status + " " + response.body());
        }
    }

    private static void assertBothServicesStillWork() {
        String queue = CLOUD.sqs().createQueue("after-fuzz", java.util.Map.of(), "us-east-1", "000000000000").arn();
        String topic = CLOUD.sns().createTopic("after-fuzz", java.util.Map.of(), "us-east-1", "000000000000").arn();
        HttpResponse<String> subscribed = sns("Action=Subscribe&Version=2010-03-31&TopicArn=" + topic
                + "&Protocol=sqs&Endpoint=" + queue);
        HttpResponse<String> published = sns("Action=Publish&Version=2010-03-31&TopicArn=" + topic + "&Message=alive");
        HttpResponse<String> matched = events("AWSEvents.TestEventPattern", "{\"EventPattern\":"
                + "\"{\\\"source\\\":[\\\"a\\\"]}\",\"Event\":\"{\\\"id\\\":\\\"1\\\",\\\"account\\\":\\\"1\\\","
                + "\\\"source\\\":\\\"a\\\",\\\"time\\\":\\\"t\\\",\\\"region\\\":\\\"r\\\",\\\"detail-type\\\":\\\"d\\\"}\"}");

        assertEquals(200, subscribed.statusCode(), subscribed.body());
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("{\"Result\":true}", matched.body());
        assertTrue(CLOUD.sqs().queue("after-fuzz").settings() != null);
    }

    private static String quote(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    private static HttpResponse<String> sns(String body) {
        return post("application/x-www-form-urlencoded; charset=utf-8", body, "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0");
    }

    private static HttpResponse<String> events(String target, String body) {
        return post("application/x-amz-json-1.1", body, "X-Amz-Target", target);
    }

    private static HttpResponse<String> post(String contentType, String body, String header, String value) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(CLOUD.endpoint() + "/"))
                .header("Content-Type", contentType).header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
