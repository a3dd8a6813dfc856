package studio.serverless.app.desktop.run.browse.queues;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.app.desktop.run.browse.DiagramResources;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.sqs.engine.MessageMoveResult;
import studio.serverless.runner.sqs.engine.PeekedMessage;
import studio.serverless.runner.sqs.engine.RedrivePolicy;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * The queue browser: the diagram's queues, and the chosen one's messages peeked (never received, so a consumer
 * still gets each one as if nobody had looked), its depth, and for a dead-letter queue the redrive of its
 * messages back to the queues they came from (StartMessageMoveTask).
 */
public final class QueueBrowserViewModel {

    /** The most messages a peek shows. */
    public static final int PEEK_LIMIT = 200;

    private final SqsEngine sqs;
    private final List<String> queues;
    private final ObservableList<PeekedMessage> messages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper depth = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper deadLetterQueue = new ReadOnlyBooleanWrapper();
    private String queue;

    /** A browser of the queues of {@code diagram} in {@code sqs}. */
    public QueueBrowserViewModel(SqsEngine sqs, Diagram diagram) {
        this.sqs = sqs;
        this.queues = DiagramResources.names(diagram, ServiceKind.SQS_QUEUE);
    }

    /** The diagram's queues, by name. */
    public List<String> queues() {
        return queues;
    }

    /** The chosen queue's messages in send order, as they stand. */
    public ObservableList<PeekedMessage> messages() {
        return messages;
    }

    /** The chosen queue's depth, in flight, delayed and dead-letter depth, as one line. */
    public ReadOnlyStringProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }

    /** What the last action did, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the chosen queue is another queue's dead-letter queue (so it can be redriven). */
    public ReadOnlyBooleanProperty deadLetterQueueProperty() {
        return deadLetterQueue.getReadOnlyProperty();
    }

    /** Chooses a queue and peeks at it. */
    public void select(String queueName) {
        queue = queueName;
        status.set("");
        refresh();
    }

    /** Peeks at the chosen queue again and recounts. */
    public void refresh() {
        if (queue == null) {
            return;
        }
        try {
            messages.setAll(sqs.peek(queue, PEEK_LIMIT));
            depth.set(depth(queue).summary());
            deadLetterQueue.set(isDeadLetterQueue(queue));
        } catch (SqsException e) {
            fail(e);
        }
    }

    /** The chosen queue's depth now. */
    public QueueDepth depth(String queueName) {
        Map<String, String> attributes = sqs.queueAttributes(queueName, List.of("All"));
        Optional<String> deadLetter = Optional.ofNullable(attributes.get("RedrivePolicy"))
                .map(policy -> RedrivePolicy.parse(policy).deadLetterQueueName());
        int deadLetterDepth = deadLetter.filter(sqs.queueNames(null)::contains)
                .map(name -> count(sqs.queueAttributes(name, List.of("ApproximateNumberOfMessages")),
                        "ApproximateNumberOfMessages")).orElse(0);
        return new QueueDepth(count(attributes, "ApproximateNumberOfMessages"),
                count(attributes, "ApproximateNumberOfMessagesNotVisible"),
                count(attributes, "ApproximateNumberOfMessagesDelayed"), deadLetter, deadLetterDepth);
    }

    /** Deletes one message, whatever its state. */
    public void delete(PeekedMessage message) {
        act(() -> {
            sqs.deleteMessageById(queue, message.messageId());
            return "Deleted message " + message.messageId() + ".";
        });
    }

    /** Deletes every message of the chosen queue (SQS allows one purge a minute). */
    public void purge() {
        act(() -> {
            sqs.purge(queue);
            return "Purged " + queue + ".";
        });
    }

    /** Moves the chosen dead-letter queue's waiting messages back to the queues they came from. */
    public void redrive() {
        act(() -> {
            MessageMoveResult result = sqs.startMessageMoveTask(sqs.queue(queue).arn(), null);
            return "Moved " + result.moved() + (result.moved() == 1 ? " message" : " messages")
                    + " back to the source queue" + (result.notMovable() > 0 ? "; " + result.notMovable()
                    + " stayed (sent to this queue directly, so they have no source queue)." : ".");
        });
    }

    private void act(java.util.function.Supplier<String> action) {
        if (queue == null) {
            return;
        }
        try {
            String done = action.get();
            refresh();
            status.set(done);
        } catch (SqsException e) {
            fail(e);
        }
    }

    private boolean isDeadLetterQueue(String queueName) {
        return sqs.queueNames(null).stream()
                .map(name -> sqs.queueAttributes(name, List.of("RedrivePolicy")).get("RedrivePolicy"))
                .anyMatch(policy -> policy != null
                        && RedrivePolicy.parse(policy).deadLetterQueueName().equals(queueName));
    }

    private static int count(Map<String, String> attributes, String name) {
        return Integer.parseInt(attributes.getOrDefault(name, "0"));
    }

    private void fail(SqsException e) {
        status.set(e.error().jsonType() + ": " + e.getMessage());
    }
}
