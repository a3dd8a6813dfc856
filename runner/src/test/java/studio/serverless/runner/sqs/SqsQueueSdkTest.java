package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** Queue management through the real AWS SDK for Java v2. */
class SqsQueueSdkTest {

    private static final SqsTestCloud CLOUD = new SqsTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void createdQueueIsFoundByNameAndHasALoopbackUrl() {
        String url = CLOUD.sqs.createQueue(b -> b.queueName("orders")).queueUrl();

        assertEquals(url, CLOUD.sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl());
        assertEquals(CLOUD.cloud.endpoint() + "/000000000000/orders", url);
    }

    @Test
    void creatingTheSameQueueTwiceWithTheSameAttributesReturnsTheSameUrl() {
        CreateQueueRequest request = CreateQueueRequest.builder().queueName("twice")
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "45")).build();

        assertEquals(CLOUD.sqs.createQueue(request).queueUrl(), CLOUD.sqs.createQueue(request).queueUrl());
    }

    @Test
    void creatingAQueueAgainWithOtherAttributesFails() {
        CLOUD.sqs.createQueue(b -> b.queueName("differs").attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "1")));

        assertThrows(QueueNameExistsException.class, () -> CLOUD.sqs.createQueue(
                b -> b.queueName("differs").attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "2"))));
    }

    @Test
    void unknownQueueIsReportedAsQueueDoesNotExist() {
        QueueDoesNotExistException error = assertThrows(QueueDoesNotExistException.class,
                () -> CLOUD.sqs.getQueueUrl(b -> b.queueName("nowhere")));

        assertEquals(400, error.statusCode());
        assertTrue(error.requestId() != null && !error.requestId().isEmpty());
    }

    @Test
    void listQueuesFiltersByPrefix() {
        CLOUD.sqs.createQueue(b -> b.queueName("billing-in"));
        CLOUD.sqs.createQueue(b -> b.queueName("billing-out"));

        List<String> urls = CLOUD.sqs.listQueues(b -> b.queueNamePrefix("billing-")).queueUrls();

        assertEquals(List.of("billing-in", "billing-out"), urls.stream()
                .map(url -> url.substring(url.lastIndexOf('/') + 1)).toList());
    }

    @Test
    void attributesAreReportedAndCanBeChanged() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "7")));

        Map<String, String> all = CLOUD.sqs.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();

        assertEquals("7", all.get("VisibilityTimeout"));
        assertEquals("arn:aws:sqs:us-east-1:000000000000:" + url.substring(url.lastIndexOf('/') + 1),
                all.get("QueueArn"));
        assertEquals("0", all.get("ApproximateNumberOfMessages"));
        assertTrue(all.containsKey("CreatedTimestamp"));
    }

    @Test
    void namedAttributesAreTheOnlyOnesReturned() {
        String url = CLOUD.newQueue();

        Map<String, String> some = CLOUD.sqs.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.DELAY_SECONDS)).attributesAsStrings();

        assertEquals(Map.of("DelaySeconds", "0"), some);
    }

    @Test
    void settingAnUnknownAttributeIsRejected() {
        String url = CLOUD.newQueue();

        assertThrows(InvalidAttributeNameException.class, () -> CLOUD.sqs.setQueueAttributes(
                b -> b.queueUrl(url).attributesWithStrings(Map.of("Colour", "blue"))));
    }

    @Test
    void deletedQueueNoLongerExists() {
        String url = CLOUD.newQueue();

        CLOUD.sqs.deleteQueue(b -> b.queueUrl(url));

        assertThrows(QueueDoesNotExistException.class, () -> CLOUD.sqs.getQueueAttributes(b -> b.queueUrl(url)));
    }

    @Test
    void invalidQueueNameIsRejectedAsInvalidParameterValue() {
        SqsException error = assertThrows(SqsException.class, () -> CLOUD.sqs.createQueue(b -> b.queueName("bad name!")));

        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
    }

    @Test
    void fifoQueueNeedsTheFifoSuffix() {
        SqsException error = assertThrows(SqsException.class, () -> CLOUD.sqs.createQueue(b -> b.queueName("plain")
                .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))));

        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
    }
}
