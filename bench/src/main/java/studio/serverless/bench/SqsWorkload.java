package studio.serverless.bench;

import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** SQS: one operation is a send, a receive of up to one message and the delete of what was received. */
final class SqsWorkload implements Workload {

    private static final String BODY = "{\"orderId\":\"" + "o".repeat(64) + "\",\"amount\":42}";

    private final SqsClient sqs;
    private String queueUrl;

    SqsWorkload(SqsClient sqs) {
        this.sqs = sqs;
    }

    @Override
    public void setUp() {
        queueUrl = sqs.createQueue(b -> b.queueName("bench")).queueUrl();
    }

    @Override
    public void operation(int thread, long sequence) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(BODY));
        List<Message> received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(1)).messages();
        for (Message message : received) {
            sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
    }

    @Override
    public String description() {
        return "SQS send + receive + delete";
    }

    @Override
    public void close() {
        sqs.close();
    }
}
