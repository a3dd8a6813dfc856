package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import studio.serverless.runner.endpoint.AwsResponse;

/**
 * Writes a JSON 1.0 answer with the {@code x-amz-crc32} header DynamoDB sends: the AWS SDKs check the body
 * against it when present, so a truncated answer fails loudly instead of parsing half an item.
 */
final class JsonResponses {
    private JsonResponses() {
    }

    static AwsResponse of(int status, JsonNode body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new AwsResponse(status, AwsResponse.JSON_1_0, Map.of("x-amz-crc32", String.valueOf(crc.getValue())),
                bytes);
    }
}
