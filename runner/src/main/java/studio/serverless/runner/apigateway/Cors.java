package studio.serverless.runner.apigateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CORS as the generated projects configure it (any origin, method and header): preflight requests are answered
 * by the gateway itself, and answers to requests from another origin say that origin may read them.
 */
final class Cors {

    private Cors() {
    }

    /** Whether a request is a browser's preflight: OPTIONS with an Origin and Access-Control-Request-Method. */
    static boolean isPreflight(GatewayRequest request) {
        return request.method().equals("OPTIONS") && request.header("origin") != null
                && request.header("access-control-request-method") != null;
    }

    /** The gateway's answer to a preflight request. */
    static GatewayResponse preflight(GatewayRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", List.of("*"));
        headers.put("Access-Control-Allow-Methods", List.of(request.header("access-control-request-method")));
        String requested = request.header("access-control-request-headers");
        if (requested != null) {
            headers.put("Access-Control-Allow-Headers", List.of(requested));
        }
        headers.put("Access-Control-Max-Age", List.of("600"));
        return new GatewayResponse(204, headers, new byte[0]);
    }

    /** {@code response} with the allow-origin header added, unless the function set its own. */
    static GatewayResponse allowOrigin(GatewayResponse response) {
        boolean set = response.headers().keySet().stream()
                .anyMatch(name -> name.equalsIgnoreCase("Access-Control-Allow-Origin"));
        if (set) {
            return response;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        headers.put("Access-Control-Allow-Origin", List.of("*"));
        return new GatewayResponse(response.status(), headers, response.body());
    }
}
