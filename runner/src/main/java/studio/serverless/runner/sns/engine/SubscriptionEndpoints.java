package studio.serverless.runner.sns.engine;

import java.util.Set;
import java.util.regex.Pattern;

/** Which endpoints a subscription may name: SQS queue ARNs, Lambda function ARNs and loopback http URLs. */
final class SubscriptionEndpoints {

    private static final Pattern QUEUE_ARN = Pattern.compile("arn:aws[a-z-]*:sqs:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_.-]+");
    private static final Pattern FUNCTION_ARN =
            Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?");
    private static final Pattern LOOPBACK_URL =
            Pattern.compile("http://(127(\\.\\d{1,3}){3}|localhost|\\[::1\\])(:\\d{1,5})?(/\\S*)?");
    private static final Set<String> NOT_EMULATED = Set.of("https", "email", "email-json", "sms", "application",
            "firehose");

    private SubscriptionEndpoints() {
    }

    static void check(String protocol, String endpoint) {
        if (protocol == null || protocol.isEmpty()) {
            throw SnsException.invalidParameter("Protocol");
        }
        switch (protocol) {
            case "sqs" -> require(endpoint, QUEUE_ARN, "SQS endpoint ARN");
            case "lambda" -> require(endpoint, FUNCTION_ARN, "Lambda endpoint ARN");
            case "http" -> {
                if (endpoint == null || !LOOPBACK_URL.matcher(endpoint).matches()) {
                    throw SnsException.invalidParameter("Endpoint Reason: the local cloud delivers http "
                            + "notifications to loopback addresses only (http://127.0.0.1, http://localhost)");
                }
            }
            default -> throw SnsException.invalidParameter(NOT_EMULATED.contains(protocol)
                    ? "Protocol Reason: the local cloud delivers to sqs, lambda and http subscriptions only, not "
                            + protocol
                    : "Amazon SNS does not support this protocol string: " + protocol);
        }
    }

    private static void require(String endpoint, Pattern pattern, String what) {
        if (endpoint == null || !pattern.matcher(endpoint).matches()) {
            throw SnsException.invalidParameter(what);
        }
    }
}
