package studio.serverless.runner.apigateway;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A stable 10-character API id per API name, shaped like API Gateway's ({@code a1b2c3d4e5}). */
final class ApiIds {

    /** Ids by API name: deriving one digests the name with MD5, too slow to repeat for every request. */
    private static final Map<String, String> IDS = new ConcurrentHashMap<>();

    private ApiIds() {
    }

    static String of(ApiDefinition api) {
        return IDS.computeIfAbsent(api.name(), ApiIds::derive);
    }

    private static String derive(String name) {
        String hex = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        return hex.substring(0, 10);
    }
}
