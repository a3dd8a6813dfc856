package studio.serverless.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.delivery.S3Notifications;
import studio.serverless.runner.delivery.ServiceDestinations;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.store.InMemoryTableStoreProvider;
import studio.serverless.runner.dynamodb.store.H2TableJournal;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.events.store.H2RuleJournal;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.store.H2StreamJournal;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.store.H2TopicJournal;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.store.H2QueueJournal;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.tagging.ResourceTags;
import studio.serverless.runner.tagging.store.H2TagJournal;

/**
 * The engines of the local cloud, made and wired together: SNS and EventBridge deliver to SQS in process, S3
 * notifications go to queues, topics and the function invoker, and with a data folder SQS, DynamoDB, SNS,
 * EventBridge and Kinesis write through to H2 and S3 keeps its objects in {@code DIR/s3}.
 *
 * @param sqs              the SQS engine
 * @param dynamoDb         the DynamoDB engine
 * @param s3               the S3 engine
 * @param sns              the SNS engine
 * @param events           the EventBridge engine
 * @param kinesis          the Kinesis Data Streams engine (streams and records in H2 with a data folder)
 * @param integrations     where deliveries to functions and state machines go
 * @param endpointUrl      the endpoint's URL, set once it listens (SNS puts it in envelopes)
 * @param storage          the H2 database of the data folder, if any
 * @param temporaryS3      the temporary S3 folder to delete on stop, or null with a data folder
 */
record ServiceEngines(SqsEngine sqs, DynamoDbEngine dynamoDb, S3Engine s3, SnsEngine sns, EventsEngine events,
                      KinesisEngine kinesis, Integrations integrations, AtomicReference<String> endpointUrl,
                      Optional<H2Storage> storage, Path temporaryS3) {

    static ServiceEngines create(Clock clock, Optional<Path> dataFolder, ActivityFeed activity) {
        Optional<H2Storage> storage = dataFolder.map(H2Storage::open);
        try {
            SqsEngine sqs = sqs(clock, storage);
            Path temporaryS3 = dataFolder.isEmpty() ? temporaryFolder() : null;
            S3Engine s3 = new S3Engine(dataFolder.map(folder -> folder.resolve("s3")).orElse(temporaryS3), clock);
            sqs.reportActivityTo(activity);
            Integrations integrations = new Integrations();
            integrations.useActivity(activity);
            AtomicReference<String> url = new AtomicReference<>("http://127.0.0.1:" + LocalCloud.DEFAULT_PORT);
            SnsEngine sns = sns(clock, sqs, integrations, url, storage);
            s3.addListener(new S3Notifications(new ServiceDestinations(sqs, sns, integrations), sns));
            EventsEngine events = events(clock, sqs, sns, integrations, storage);
            KinesisEngine kinesis = kinesis(clock, storage);
            return new ServiceEngines(sqs, dynamoDb(clock, storage), s3, sns, events, kinesis, integrations, url,
                    storage, temporaryS3);
        } catch (RuntimeException e) {
            storage.ifPresent(H2Storage::close);
            throw e;
        }
    }

    private static SqsEngine sqs(Clock clock, Optional<H2Storage> storage) {
        if (storage.isEmpty()) {
            return new SqsEngine(clock, new InMemoryQueueStore());
        }
        H2QueueJournal journal = H2QueueJournal.in(storage.get());
        SqsEngine sqs = new SqsEngine(clock, new InMemoryQueueStore(), journal);
        journal.restoreInto(sqs);
        keepTags(storage.get(), "sqs_tags", sqs.tagging().tags(), sqs.tagging().queueArns());
        return sqs;
    }

    private static SnsEngine sns(Clock clock, SqsEngine sqs, Integrations integrations,
            AtomicReference<String> url, Optional<H2Storage> storage) {
        if (storage.isEmpty()) {
            return new SnsEngine(clock, sqs, integrations, url::get);
        }
        H2TopicJournal journal = H2TopicJournal.in(storage.get());
        SnsEngine sns = new SnsEngine(clock, sqs, integrations, url::get, journal);
        journal.restoreInto(sns);
        keepTags(storage.get(), "sns_tags", sns.tagging().tags(), sns.tagging().topicArns());
        return sns;
    }

    private static EventsEngine events(Clock clock, SqsEngine sqs, SnsEngine sns, Integrations integrations,
            Optional<H2Storage> storage) {
        if (storage.isEmpty()) {
            return new EventsEngine(clock, LocalCloud.DEFAULT_REGION, CallerIdentity.ACCOUNT_ID, sqs, sns,
                    integrations);
        }
        H2RuleJournal journal = H2RuleJournal.in(storage.get());
        EventsEngine events = new EventsEngine(clock, LocalCloud.DEFAULT_REGION, CallerIdentity.ACCOUNT_ID, sqs, sns,
                integrations, journal);
        journal.restoreInto(events);
        keepTags(storage.get(), "events_tags", events.tagging().tags(), events.tagging().taggableArns());
        return events;
    }

    private static KinesisEngine kinesis(Clock clock, Optional<H2Storage> storage) {
        if (storage.isEmpty()) {
            return new KinesisEngine(clock, LocalCloud.DEFAULT_REGION, CallerIdentity.ACCOUNT_ID);
        }
        H2StreamJournal journal = H2StreamJournal.in(storage.get());
        KinesisEngine kinesis = new KinesisEngine(clock, LocalCloud.DEFAULT_REGION, CallerIdentity.ACCOUNT_ID, journal);
        journal.restoreInto(kinesis);
        return kinesis;
    }

    private static DynamoDbEngine dynamoDb(Clock clock, Optional<H2Storage> storage) {
        if (storage.isEmpty()) {
            return new DynamoDbEngine(new InMemoryTableStoreProvider(), clock, LocalCloud.DEFAULT_REGION,
                    CallerIdentity.ACCOUNT_ID);
        }
        H2TableJournal journal = H2TableJournal.in(storage.get());
        DynamoDbEngine dynamoDb = new DynamoDbEngine(new InMemoryTableStoreProvider(), clock,
                LocalCloud.DEFAULT_REGION, CallerIdentity.ACCOUNT_ID, journal);
        journal.restoreInto(dynamoDb);
        keepTags(storage.get(), "dynamodb_tags", dynamoDb.tagging().tags(), dynamoDb.tagging().tableArns());
        return dynamoDb;
    }

    /** Restores a service's tags from its table and journals them there; drops tags of resources that are gone. */
    private static void keepTags(H2Storage storage, String table, ResourceTags tags, Set<String> existingArns) {
        H2TagJournal.in(storage, table).attachTo(tags);
        tags.retainOnly(existingArns::contains);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("studio-s3-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for S3 objects", e);
        }
    }
}
