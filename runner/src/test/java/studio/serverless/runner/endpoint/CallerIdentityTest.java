package studio.serverless.runner.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallerIdentityTest {

    @Test
    void regionServiceAndKeyAreReadFromTheCredentialScope() {
        CallerIdentity caller = CallerIdentity.fromAuthorization("AWS4-HMAC-SHA256 Credential=AKID123/20260101/"
                + "eu-west-2/sqs/aws4_request, SignedHeaders=host, Signature=abc", "us-east-1");

        assertEquals(new CallerIdentity("AKID123", "eu-west-2", "sqs", "000000000000"), caller);
    }

    @Test
    void anUnsignedRequestGetsTheDefaultRegionAndTheLocalAccount() {
        CallerIdentity caller = CallerIdentity.fromAuthorization(null, "us-east-1");

        assertEquals(new CallerIdentity(CallerIdentity.ANONYMOUS, "us-east-1", "", "000000000000"), caller);
    }
}
