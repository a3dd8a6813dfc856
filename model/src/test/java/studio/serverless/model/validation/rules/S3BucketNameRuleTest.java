package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class S3BucketNameRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final S3BucketNameRule rule = new S3BucketNameRule();

    @ParameterizedTest
    @ValueSource(strings = {"abc", "my-app-uploads", "logs.example.com", "a1-b2.c3", "192.168.5.4x", "xn-ok",
            "sthree", "amzn-s3-demo", "bucket-s3alias2", "data--ol-s3x", "0123456789"})
    void nameKeepingAwsBucketRulesIsFine(String name) {
        fixture.add(ServiceKind.S3_BUCKET, name);

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ab                          | 3 to 63",
            "My-Bucket                   | lowercase letters",
            "my_bucket                   | underscores",
            "-uploads                    | begin with a letter or digit",
            "uploads.                    | end with a letter or digit",
            "my..bucket                  | two adjacent dots",
            "192.168.5.4                 | IP address",
            "xn--bucket                  | 'xn--'",
            "sthree-bucket               | 'sthree-'",
            "sthree-configurator-x       | 'sthree-'",
            "amzn-s3-demo-bucket         | 'amzn-s3-demo-'",
            "photos-s3alias              | '-s3alias'",
            "photos--ol-s3               | '--ol-s3'",
            "photos.mrap                 | '.mrap'",
            "photos--x-s3                | '--x-s3'",
            "photos--table-s3            | '--table-s3'"})
    void nameBreakingAwsBucketRulesIsAnErrorSayingWhich(String name, String fact) {
        ServiceId bucket = fixture.add(ServiceKind.S3_BUCKET, name);

        assertFinding(fixture.single(rule), "s3-bucket-name", Severity.ERROR, List.of(bucket), "'" + name + "'",
                fact);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 100})
    void tooLongNameIsReportedWithItsLength(int length) {
        ServiceId bucket = fixture.add(ServiceKind.S3_BUCKET, "b".repeat(length));

        assertFinding(fixture.single(rule), "s3-bucket-name", Severity.ERROR, List.of(bucket),
                length + " characters", "3 to 63");
    }
}
