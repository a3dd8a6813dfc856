package studio.serverless.runner.s3.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.endpoint.StreamingServiceAdapter;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;

/**
 * S3 on the endpoint: REST XML, path style and virtual-host style, with bodies streamed both ways. Claims every
 * REST request (the JSON and query protocols are routed first), picks the operation, runs it against the
 * engine, and turns {@link S3Exception}s into S3's {@code <Error>} XML.
 */
public final class S3Adapter implements StreamingServiceAdapter {

    private static final Logger LOG = Logger.getLogger(S3Adapter.class.getName());

    private final S3Operations operations;

    /** An adapter over {@code engine}. */
    public S3Adapter(S3Engine engine) {
        this.operations = new S3Operations(engine);
    }

    @Override
    public String signingName() {
        return "s3";
    }

    @Override
    public boolean acceptsRest(AwsRequest request) {
        return true;
    }

    @Override
    public StreamedResponse handleStreaming(AwsRequest head, InputStream body) {
        String resource = head.path();
        try {
            S3Call call = S3Call.of(head, body);
            return S3Responses.withRequestId(operations.select(call).apply(call), head.requestId());
        } catch (S3Exception e) {
            return S3Responses.withRequestId(S3Responses.error(e, resource, head.requestId()), head.requestId());
        } catch (RuntimeException e) {
            // a disk that is full or gone: S3's InternalError, in S3's error shape, and the server keeps serving
            LOG.log(Level.WARNING, "S3 request " + head.requestId() + " failed", e);
            S3Exception internal = new S3Exception(S3Error.INTERNAL_ERROR);
            return S3Responses.withRequestId(S3Responses.error(internal, resource, head.requestId()),
                    head.requestId());
        }
    }

    /** A REST request that reached S3 with its body already read (a form-encoded POST without an Action). */
    @Override
    public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
        StreamedResponse response = handleStreaming(request, new ByteArrayInputStream(request.body()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            response.body().writeTo(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = response.contentType() == null ? "application/xml" : response.contentType();
        return new AwsResponse(response.status(), type, response.headers(), body.toByteArray());
    }
}
