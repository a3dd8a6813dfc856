package studio.serverless.runner.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.endpoint.http.HttpCall;
import studio.serverless.runner.endpoint.http.HttpHandler;

/**
 * Turns an HTTP call into an {@link AwsRequest}, routes it, and writes the answer with its
 * {@code x-amzn-RequestId}. Requests for a {@link StreamingServiceAdapter} (S3) keep their body as a stream;
 * all others are read into memory, up to {@link #MAX_BODY_BYTES}. Whatever a service throws becomes a 500
 * InternalFailure in the protocol the client speaks: the server keeps running.
 */
final class ExchangeHandler implements HttpHandler {

    /** Bodies larger than this are refused (the JSON and query protocols' requests are small). */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ExchangeHandler.class.getName());
    private static final byte[] NO_BODY = new byte[0];

    private final RequestRouter router;
    private final String defaultRegion;
    private final RequestObserver observer;

    ExchangeHandler(RequestRouter router, String defaultRegion, RequestObserver observer) {
        this.router = router;
        this.defaultRegion = defaultRegion;
        this.observer = observer;
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        String requestId = RequestIds.next();
        StreamedResponse response;
        try (InputStream body = call.body()) {
            response = answer(call, body, requestId);
        } catch (IOException e) {
            // the client went away or sent less than it announced: nothing useful to say, little to log
            LOG.log(Level.FINE, "request " + requestId + ": connection failed", e);
            response = StreamedResponse.of(ownError(call, ProtocolErrors.internalFailure(protocolOf(call), requestId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request " + requestId + " failed", e);
            response = StreamedResponse.of(ownError(call, ProtocolErrors.internalFailure(protocolOf(call), requestId)));
        }
        ResponseWriter.write(call, requestId, response);
    }

    /** An error the endpoint answers itself, in CBOR when the client speaks it. */
    private static AwsResponse ownError(HttpCall call, AwsResponse error) {
        return CborErrors.wanted(call.header("content-type")) ? CborErrors.encode(error) : error;
    }

    /** The protocol a request speaks, judged from its head alone, for answers given before it is routed. */
    private static AwsProtocol protocolOf(HttpCall call) {
        if (call.header("x-amz-target") != null) {
            return AwsProtocol.JSON;
        }
        String type = call.header("content-type");
        boolean form = type != null && type.startsWith("application/x-www-form-urlencoded");
        boolean action = call.rawQuery() != null && call.rawQuery().contains("Action=");
        return form || action ? AwsProtocol.QUERY : AwsProtocol.REST;
    }

    private StreamedResponse answer(HttpCall call, InputStream in, String requestId) throws IOException {
        AwsRequest head = toRequest(call, NO_BODY, requestId);
        StreamingServiceAdapter streaming = router.streamingAdapter(head);
        if (streaming != null) {
            try {
                boolean observed = observer.observing();
                if (observed) {
                    observer.received(streaming.signingName(), AwsProtocol.REST, head);
                }
                StreamedResponse response = streaming.handleStreaming(head, in);
                if (observed && response.status() >= 400) {
                    observer.failed(streaming.signingName(), AwsProtocol.REST, head, response.status(), NO_BODY);
                }
                return response;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "request " + requestId + " failed in " + streaming.signingName(), e);
                return StreamedResponse.of(ProtocolErrors.internalFailure(AwsProtocol.REST, requestId));
            }
        }
        return StreamedResponse.of(answerBuffered(call, in, requestId));
    }

    private AwsResponse answerBuffered(HttpCall call, InputStream in, String requestId) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return ownError(call, ProtocolErrors.tooLarge(protocolOf(call), MAX_BODY_BYTES, requestId));
        }
        AwsRequest request = toRequest(call, body, requestId);
        Route route = router.route(request);
        if (route.error() != null) {
            return ownError(call, route.error());
        }
        try {
            return handleObserved(route, request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request " + requestId + " failed in " + route.adapter().signingName(), e);
            return ownError(call, ProtocolErrors.internalFailure(route.protocol(), requestId));
        }
    }

    /** Lets the route's service answer, telling the observer (when it observes) before and after an error. */
    private AwsResponse handleObserved(Route route, AwsRequest request) {
        boolean observed = observer.observing();
        String service = route.adapter().signingName();
        if (observed) {
            observer.received(service, route.protocol(), request);
        }
        AwsResponse response = route.adapter().handle(request, route.protocol());
        if (observed && response.status() >= 400) {
            observer.failed(service, route.protocol(), request, response.status(), response.body());
        }
        return response;
    }

    private AwsRequest toRequest(HttpCall call, byte[] body, String requestId) {
        String host = call.header("host");
        if (host == null) {
            host = "127.0.0.1:" + call.localPort();
        }
        return new AwsRequest(call.method(), call.path(), call.rawQuery(), call.headers(), body,
                CallerIdentity.fromAuthorization(call.header("authorization"), defaultRegion), requestId, host);
    }
}
