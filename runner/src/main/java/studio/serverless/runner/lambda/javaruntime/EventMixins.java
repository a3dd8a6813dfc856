package studio.serverless.runner.lambda.javaruntime;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Date;

/**
 * What plain bean mapping gets wrong about aws-lambda-java-events: the scheduled event's {@code detail-type}, the
 * stream records' times in epoch seconds (Jackson reads numbers as milliseconds) and S3's event classes, which have
 * no setters (see {@link S3EventMixins}). AWS's runtime fixes the same with its own mix-ins.
 */
final class EventMixins {

    private EventMixins() {
    }

    static void addTo(ObjectMapper mapper) {
        mapper.addMixIn(ScheduledEvent.class, ScheduledEventMixin.class);
        mapper.addMixIn(KinesisEvent.Record.class, KinesisRecordMixin.class);
        mapper.addMixIn(StreamRecord.class, StreamRecordMixin.class);
        mapper.addMixIn(S3Event.class, S3EventMixins.Event.class);
        mapper.addMixIn(S3EventNotification.S3EventNotificationRecord.class, S3EventMixins.Record.class);
        mapper.addMixIn(S3EventNotification.S3Entity.class, S3EventMixins.Entity.class);
        mapper.addMixIn(S3EventNotification.S3BucketEntity.class, S3EventMixins.Bucket.class);
        mapper.addMixIn(S3EventNotification.S3ObjectEntity.class, S3EventMixins.ObjectEntity.class);
        mapper.addMixIn(S3EventNotification.UserIdentityEntity.class, S3EventMixins.Identity.class);
        mapper.addMixIn(S3EventNotification.RequestParametersEntity.class, S3EventMixins.RequestParameters.class);
        mapper.addMixIn(S3EventNotification.ResponseElementsEntity.class, S3EventMixins.ResponseElements.class);
    }

    abstract static class ScheduledEventMixin {
        @JsonProperty("detail-type")
        abstract String getDetailType();

        @JsonProperty("detail-type")
        abstract void setDetailType(String detailType);
    }

    abstract static class KinesisRecordMixin {
        @JsonDeserialize(using = EpochSeconds.Reader.class)
        abstract void setApproximateArrivalTimestamp(Date time);

        @JsonSerialize(using = EpochSeconds.Writer.class)
        abstract Date getApproximateArrivalTimestamp();
    }

    abstract static class StreamRecordMixin {
        @JsonDeserialize(using = EpochSeconds.Reader.class)
        abstract void setApproximateCreationDateTime(Date time);

        @JsonSerialize(using = EpochSeconds.Writer.class)
        abstract Date getApproximateCreationDateTime();
    }

    /** A time as AWS's stream events give it: seconds since the epoch, with a fraction. */
    static final class EpochSeconds {
        private EpochSeconds() {
        }

        static final class Reader extends JsonDeserializer<Date> {
            @Override
            public Date deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return new Date(parser.getDecimalValue().movePointRight(3).longValue());
            }
        }

        static final class Writer extends JsonSerializer<Date> {
            @Override
            public void serialize(Date value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeNumber(BigDecimal.valueOf(value.getTime()).movePointLeft(3));
            }
        }
    }
}
