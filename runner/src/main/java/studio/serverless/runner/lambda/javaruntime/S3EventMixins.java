package studio.serverless.runner.lambda.javaruntime;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Creators for aws-lambda-java-events' S3 classes, which are built through their constructors only: each mix-in
 * names the constructor's parameters after the keys of S3's event JSON.
 */
final class S3EventMixins {

    private S3EventMixins() {
    }

    abstract static class Event {
        @JsonCreator
        Event(@JsonProperty("Records") List<S3EventNotification.S3EventNotificationRecord> records) {
        }
    }

    abstract static class Record {
        @JsonCreator
        Record(@JsonProperty("awsRegion") String awsRegion, @JsonProperty("eventName") String eventName,
                @JsonProperty("eventSource") String eventSource, @JsonProperty("eventTime") String eventTime,
                @JsonProperty("eventVersion") String eventVersion,
                @JsonProperty("requestParameters") S3EventNotification.RequestParametersEntity requestParameters,
                @JsonProperty("responseElements") S3EventNotification.ResponseElementsEntity responseElements,
                @JsonProperty("s3") S3EventNotification.S3Entity s3,
                @JsonProperty("userIdentity") S3EventNotification.UserIdentityEntity userIdentity) {
        }
    }

    abstract static class Entity {
        @JsonCreator
        Entity(@JsonProperty("configurationId") String configurationId,
                @JsonProperty("bucket") S3EventNotification.S3BucketEntity bucket,
                @JsonProperty("object") S3EventNotification.S3ObjectEntity object,
                @JsonProperty("s3SchemaVersion") String schemaVersion) {
        }
    }

    abstract static class Bucket {
        @JsonCreator
        Bucket(@JsonProperty("name") String name,
                @JsonProperty("ownerIdentity") S3EventNotification.UserIdentityEntity ownerIdentity,
                @JsonProperty("arn") String arn) {
        }
    }

    abstract static class ObjectEntity {
        @JsonCreator
        ObjectEntity(@JsonProperty("key") String key, @JsonProperty("size") Long size,
                @JsonProperty("eTag") String eTag, @JsonProperty("versionId") String versionId,
                @JsonProperty("sequencer") String sequencer) {
        }

        @JsonIgnore
        abstract String getUrlDecodedKey();

        @JsonIgnore
        abstract Integer getSize();

        @JsonProperty("size")
        abstract Long getSizeAsLong();
    }

    abstract static class Identity {
        @JsonCreator
        Identity(@JsonProperty("principalId") String principalId) {
        }
    }

    abstract static class RequestParameters {
        @JsonCreator
        RequestParameters(@JsonProperty("sourceIPAddress") String sourceIpAddress) {
        }
    }

    abstract static class ResponseElements {
        @JsonCreator
        ResponseElements(@JsonProperty("x-amz-id-2") String id2, @JsonProperty("x-amz-request-id") String requestId) {
        }

        @JsonProperty("x-amz-id-2")
        abstract String getxAmzId2();

        @JsonProperty("x-amz-request-id")
        abstract String getxAmzRequestId();
    }
}
