package studio.serverless.runner.sqs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.sqs.engine.MessageRecord;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.QueueJournal;
import studio.serverless.runner.sqs.engine.QueueRecord;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.StorageException;

/**
 * Writes every queue and message change through to H2 before the engine answers, and restores queues and
 * messages (in send order, with their receive counts, visibility and receipt handles) at start. The FIFO
 * deduplication window is not kept: after a restart a resent duplicate is accepted once more.
 */
public final class H2QueueJournal implements QueueJournal {

    private static final String MESSAGE_COLUMNS = "id, body, attributes, system_attributes, delay_seconds, group_id,"
            + " deduplication_id, sender_id, sent_at, sequence_number, visible_at, receive_count, first_received_at,"
            + " receipt_handle, dead_letter_source_arn";

    private final Connection connection;

    private H2QueueJournal(Connection connection) {
        this.connection = connection;
    }

    /** The journal in {@code storage}, creating its tables on first use. */
    public static H2QueueJournal in(H2Storage storage) {
        storage.createTables(
                "CREATE TABLE IF NOT EXISTS sqs_queues (name VARCHAR(80) PRIMARY KEY, arn VARCHAR(2048) NOT NULL,"
                        + " created_at BIGINT NOT NULL, modified_at BIGINT NOT NULL, attributes CLOB NOT NULL)",
                "CREATE TABLE IF NOT EXISTS sqs_messages (ordinal BIGINT AUTO_INCREMENT, queue VARCHAR(80) NOT NULL,"
                        + " id VARCHAR(64) NOT NULL, body CLOB NOT NULL, attributes CLOB NOT NULL,"
                        + " system_attributes CLOB NOT NULL, delay_seconds INT, group_id VARCHAR(128),"
                        + " deduplication_id VARCHAR(128), sender_id VARCHAR(128), sent_at BIGINT NOT NULL,"
                        + " sequence_number VARCHAR(40), visible_at BIGINT NOT NULL, receive_count INT NOT NULL,"
                        + " first_received_at BIGINT NOT NULL, receipt_handle VARCHAR(1024),"
                        + " dead_letter_source_arn VARCHAR(2048), PRIMARY KEY (queue, id))");
        return new H2QueueJournal(storage.connection());
    }

    /** Puts every stored queue and its messages back into {@code engine}. */
    public void restoreInto(SqsEngine engine) {
        for (QueueRecord queue : queues()) {
            engine.restore(queue, messages(queue.name()));
        }
    }

    @Override
    public void queueSaved(QueueRecord queue) {
        update("MERGE INTO sqs_queues (name, arn, created_at, modified_at, attributes) KEY (name)"
                + " VALUES (?, ?, ?, ?, ?)", queue.name(), queue.arn(), queue.createdAt(), queue.lastModifiedAt(),
                AttributeColumns.ofText(queue.attributes()));
    }

    @Override
    public void queueDeleted(String queueName) {
        synchronized (connection) {
            update("DELETE FROM sqs_messages WHERE queue = ?", queueName);
            update("DELETE FROM sqs_queues WHERE name = ?", queueName);
        }
    }

    @Override
    public void messageSaved(String queueName, MessageRecord message) {
        NewMessage content = message.content();
        update("MERGE INTO sqs_messages (queue, " + MESSAGE_COLUMNS + ") KEY (queue, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", queueName, message.id(),
                content.body(), AttributeColumns.ofMessageAttributes(content.attributes()),
                AttributeColumns.ofMessageAttributes(content.systemAttributes()), content.delaySeconds(),
                content.groupId(), content.deduplicationId(), content.senderId(), message.sentAt(),
                message.sequenceNumber(), message.visibleAt(), message.receiveCount(), message.firstReceivedAt(),
                message.receiptHandle(), message.deadLetterSourceArn());
    }

    @Override
    public void messageDeleted(String queueName, String messageId) {
        update("DELETE FROM sqs_messages WHERE queue = ? AND id = ?", queueName, messageId);
    }

    @Override
    public void queueCleared(String queueName) {
        update("DELETE FROM sqs_messages WHERE queue = ?", queueName);
    }

    private List<QueueRecord> queues() {
        List<QueueRecord> queues = new ArrayList<>();
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, arn, created_at, modified_at, attributes FROM sqs_queues ORDER BY name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    queues.add(new QueueRecord(rows.getString(1), rows.getString(2), rows.getLong(3),
                            rows.getLong(4), AttributeColumns.text(rows.getString(5))));
                }
            } catch (SQLException e) {
                throw new StorageException("cannot read the stored queues", e);
            }
        }
        return queues;
    }

    private List<MessageRecord> messages(String queueName) {
        List<MessageRecord> messages = new ArrayList<>();
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + MESSAGE_COLUMNS
                    + " FROM sqs_messages WHERE queue = ? ORDER BY ordinal")) {
                select.setString(1, queueName);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        messages.add(message(rows));
                    }
                }
            } catch (SQLException e) {
                throw new StorageException("cannot read the stored messages of " + queueName, e);
            }
        }
        return messages;
    }

    private static MessageRecord message(ResultSet row) throws SQLException {
        Integer delay = (Integer) row.getObject(5);
        NewMessage content = new NewMessage(row.getString(2), AttributeColumns.messageAttributes(row.getString(3)),
                AttributeColumns.messageAttributes(row.getString(4)), delay, row.getString(6), row.getString(7),
                row.getString(8));
        return new MessageRecord(row.getString(1), content, row.getLong(9), row.getString(10), row.getLong(11),
                row.getInt(12), row.getLong(13), row.getString(14), row.getString(15));
    }

    private void update(String sql, Object... parameters) {
        synchronized (connection) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new StorageException("cannot store a queue change", e);
            }
        }
    }
}
