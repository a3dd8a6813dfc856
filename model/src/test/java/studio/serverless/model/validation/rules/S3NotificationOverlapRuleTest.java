package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertDiagnostic;
import static studio.serverless.model.validation.rules.ArchitectureFixture.assertMentions;
import static studio.serverless.model.validation.rules.ArchitectureFixture.only;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class S3NotificationOverlapRuleTest {

    private final ArchitectureFixture fixture = new ArchitectureFixture();
    private final ServiceId bucket = fixture.service(ServiceKind.S3_BUCKET, "photos");
    private final ServiceId resize = fixture.service(ServiceKind.LAMBDA_FUNCTION, "resize");
    private final ServiceId index = fixture.service(ServiceKind.LAMBDA_FUNCTION, "index");

    private ConnectionId notify(ServiceId target, String event, String prefix, String suffix) {
        return fixture.connect(ConnectionType.S3_NOTIFICATION, bucket, target, "events", List.of(event),
                "prefix", prefix == null ? "" : prefix, "suffix", suffix == null ? "" : suffix);
    }

    @ParameterizedTest(name = "{0} {1}*{2} and {3} {4}*{5}")
    @CsvSource({
        "s3:ObjectCreated:*, uploads/, , s3:ObjectCreated:*, thumbnails/, ",
        "s3:ObjectCreated:*, , .jpg, s3:ObjectCreated:*, , .png",
        "s3:ObjectCreated:Put, , , s3:ObjectCreated:Post, , ",
        "s3:ObjectCreated:*, , , s3:ObjectRemoved:*, , ",
        "s3:ObjectCreated:*, uploads/, .jpg, s3:ObjectCreated:Put, uploads/, .png"})
    void notificationsThatCannotMatchTheSameEventAreFine(String event1, String prefix1, String suffix1,
                                                         String event2, String prefix2, String suffix2) {
        notify(resize, event1, prefix1, suffix1);
        notify(index, event2, prefix2, suffix2);

        assertTrue(fixture.check(new S3NotificationOverlapRule()).isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}*{2} and {3} {4}*{5}")
    @CsvSource({
        "s3:ObjectCreated:*, , , s3:ObjectCreated:Put, , , s3:ObjectCreated:Put",
        "s3:ObjectCreated:Put, uploads/, , s3:ObjectCreated:Put, uploads/images/, , s3:ObjectCreated:Put",
        "s3:ObjectRemoved:Delete, , .jpg, s3:ObjectRemoved:*, , large.jpg, s3:ObjectRemoved:Delete",
        "s3:ObjectCreated:*, uploads/, , s3:ObjectCreated:*, , .jpg, s3:ObjectCreated:*"})
    void notificationsThatCanMatchTheSameEventAreAnError(String event1, String prefix1, String suffix1,
                                                         String event2, String prefix2, String suffix2,
                                                         String shared) {
        ConnectionId first = notify(resize, event1, prefix1, suffix1);
        ConnectionId second = notify(index, event2, prefix2, suffix2);

        Diagnostic diagnostic = only(fixture.check(new S3NotificationOverlapRule()));

        assertDiagnostic(diagnostic, "s3-notification-overlap", Severity.ERROR, bucket, first, second);
        assertMentions(diagnostic, "'photos'", "'resize'", "'index'", shared, "Configurations overlap");
    }

    @Test
    void notificationsOfDifferentBucketsNeverOverlap() {
        notify(resize, "s3:ObjectCreated:*", "", "");
        ServiceId other = fixture.service(ServiceKind.S3_BUCKET, "documents");
        fixture.connect(ConnectionType.S3_NOTIFICATION, other, index);

        assertTrue(fixture.check(new S3NotificationOverlapRule()).isEmpty());
    }
}
