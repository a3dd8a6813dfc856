package studio.serverless.runner.apigateway;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import studio.serverless.runner.endpoint.RequestIds;
import studio.serverless.runner.endpoint.http.HttpCall;
import studio.serverless.runner.endpoint.http.LoopbackHttpServer;

/**
 * Serves one API on its own port of 127.0.0.1, as {@code https://ID.execute-api...} serves it on AWS: the
 * request's path is the route's path (no stage prefix, as {@code sam local start-api} serves it).
 */
public final class ApiGatewayListener implements AutoCloseable {

    /** Request bodies larger than API Gateway's 10 MB payload quota are refused with 413. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final ApiGateway gateway;
    private final LoopbackHttpServer server;

    private ApiGatewayListener(ApiGateway gateway, int port) {
        this.gateway = gateway;
        this.server = LoopbackHttpServer.start(port, this::serve, "api-" + gateway.api().name());
    }

    /** Starts serving {@code gateway} on 127.0.0.1 at {@code port} (0 for any free port). */
    public static ApiGatewayListener start(ApiGateway gateway, int port) {
        return new ApiGatewayListener(gateway, port);
    }

    /** The API served. */
    public ApiDefinition api() {
        return gateway.api();
    }

    /** The API's base URL, e.g. {@code http://127.0.0.1:3001}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.address().getPort());
    }

    private void serve(HttpCall call) throws IOException {
        byte[] body = call.body().readNBytes(MAX_BODY_BYTES + 1);
        GatewayResponse response;
        if (body.length > MAX_BODY_BYTES) {
            response = GatewayResponse.message(413, "Request Too Long");
        } else {
            response = answer(request(call, body));
        }
        write(call, response);
    }

    private GatewayResponse answer(GatewayRequest request) {
        boolean cors = gateway.api().cors();
        if (cors && Cors.isPreflight(request)) {
            return Cors.preflight(request);
        }
        GatewayResponse response = gateway.handle(request);
        return cors && request.header("origin") != null ? Cors.allowOrigin(response) : response;
    }

    private static GatewayRequest request(HttpCall call, byte[] body) {
        String host = call.header("host") != null ? call.header("host") : "127.0.0.1:" + call.localPort();
        return new GatewayRequest(call.method(), call.path(), call.rawPath(), call.rawQuery(), call.headers(), body,
                "127.0.0.1", RequestIds.next(), Instant.now(), host);
    }

    private static void write(HttpCall call, GatewayResponse response) throws IOException {
        byte[] body = response.body();
        call.respond(response.status(), response.headers(), body.length == 0 ? -1 : body.length,
                out -> out.write(body));
    }

    /** Stops serving the API. */
    @Override
    public void close() {
        server.close();
    }
}
