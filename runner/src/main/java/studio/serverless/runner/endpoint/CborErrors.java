package studio.serverless.runner.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Errors the endpoint answers itself (a body too large, a request no service takes, an internal failure) in the
 * encoding of a client that speaks CBOR 1.1 (the AWS SDK for Java's Kinesis client by default): the same
 * {@code __type} and {@code message} members, CBOR-encoded, with the error type in {@code x-amzn-ErrorType} too,
 * so the SDK reports the error instead of failing to parse JSON.
 */
final class CborErrors {

    /** The content type of CBOR 1.1 requests and answers. */
    static final String CBOR_1_1 = "application/x-amz-cbor-1.1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORMapper CBOR = new CBORMapper();

    private CborErrors() {
    }

    /** Whether a request with this content type wants CBOR answers. */
    static boolean wanted(String requestContentType) {
        return requestContentType != null && requestContentType.toLowerCase(Locale.ROOT).startsWith(CBOR_1_1);
    }

    /** {@code error} in CBOR when it is a JSON protocol error; any other answer unchanged. */
    static AwsResponse encode(AwsResponse error) {
        if (!error.contentType().startsWith("application/x-amz-json")) {
            return error;
        }
        try {
            JsonNode members = JSON.readTree(error.body());
            Map<String, String> headers = new HashMap<>(error.headers());
            if (members.hasNonNull("__type")) {
                headers.putIfAbsent("x-amzn-ErrorType", members.get("__type").asText());
            }
            return new AwsResponse(error.status(), CBOR_1_1, headers, CBOR.writeValueAsBytes(members));
        } catch (IOException e) {
            return error;
        }
    }
}
