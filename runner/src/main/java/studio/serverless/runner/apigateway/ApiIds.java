package studio.serverless.runner.apigateway;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A stable 10-character API id per API name, shaped like API Gateway's ({@code a1b2c3d4e5}). */
final class ApiIds {

    private ApiIds() {
    }

    static String of(ApiDefinition api) {
        String hex = UUID.nameUUIDFromBytes(api.name().getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        return hex.substring(0, 10);
    }
}
