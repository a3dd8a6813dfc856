package studio.serverless.codegen.terraform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CORS preflight of a REST API with {@code cors} on, as SAM's {@code Cors: '*'} makes it: an OPTIONS operation
 * per path, answered by a mock integration with the Access-Control-Allow-Origin, -Methods and -Headers headers
 * set to {@code *}. (The functions' own responses carry the origin header themselves, as with SAM.)
 */
final class RestApiCors {

    private static final List<String> HEADERS = List.of("Access-Control-Allow-Origin",
            "Access-Control-Allow-Methods", "Access-Control-Allow-Headers");

    private RestApiCors() {
    }

    /** The OPTIONS operation of one path. */
    static Map<String, Object> preflight() {
        Map<String, Object> headers = new LinkedHashMap<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (String header : HEADERS) {
            headers.put(header, Map.of("schema", Map.of("type", "string")));
            parameters.put("method.response.header." + header, "'*'");
        }
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", "CORS preflight");
        ok.put("headers", headers);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("statusCode", "200");
        response.put("responseParameters", parameters);
        Map<String, Object> integration = new LinkedHashMap<>();
        integration.put("type", "mock");
        integration.put("requestTemplates", Map.of("application/json", "{\"statusCode\": 200}"));
        integration.put("responses", Map.of("default", response));
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("responses", Map.of("200", ok));
        operation.put("x-amazon-apigateway-integration", integration);
        return operation;
    }
}
