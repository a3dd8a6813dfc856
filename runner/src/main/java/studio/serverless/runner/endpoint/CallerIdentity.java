package studio.serverless.runner.endpoint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who called and where, as read from the SigV4 {@code Authorization} header's credential scope
 * ({@code AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sqs/aws4_request, ...}). Signatures are not
 * checked: any credentials are accepted. The account is always {@link #ACCOUNT_ID}, the one account of the local
 * cloud, so ARNs and queue URLs stay the same whichever keys a client uses.
 *
 * @param accessKeyId the access key id, or {@link #ANONYMOUS} without a header
 * @param region      the region of the credential scope, or the endpoint's default region
 * @param service     the signing name of the credential scope ({@code sqs}, {@code sns}...), or empty
 * @param accountId   the account id
 */
public record CallerIdentity(String accessKeyId, String region, String service, String accountId) {

    /** The account every request belongs to, as in LocalStack. */
    public static final String ACCOUNT_ID = "000000000000";
    /** The access key id recorded for unsigned requests. */
    public static final String ANONYMOUS = "AKIAIOSFODNN7EXAMPLE";

    private static final Pattern CREDENTIAL = Pattern.compile(
            "Credential=([^/,\\s]+)/[^/,\\s]+/([^/,\\s]+)/([^/,\\s]+)/aws4_request");

    /** Reads the caller from an Authorization header value (null allowed), defaulting to {@code defaultRegion}. */
    public static CallerIdentity fromAuthorization(String authorization, String defaultRegion) {
        if (authorization != null) {
            Matcher matcher = CREDENTIAL.matcher(authorization);
            if (matcher.find()) {
                return new CallerIdentity(matcher.group(1), matcher.group(2), matcher.group(3), ACCOUNT_ID);
            }
        }
        return new CallerIdentity(ANONYMOUS, defaultRegion, "", ACCOUNT_ID);
    }
}
