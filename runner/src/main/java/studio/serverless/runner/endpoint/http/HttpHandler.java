package studio.serverless.runner.endpoint.http;

import java.io.IOException;

/** Answers the calls a {@link LoopbackHttpServer} receives; must call {@link HttpCall#respond} once. */
@FunctionalInterface
public interface HttpHandler {

    /** Handles one call. */
    void handle(HttpCall call) throws IOException;
}
