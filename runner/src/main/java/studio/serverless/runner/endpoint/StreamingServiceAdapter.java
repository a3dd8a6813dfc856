package studio.serverless.runner.endpoint;

import java.io.InputStream;

/**
 * A REST service whose request and response bodies may be large (S3 objects): the endpoint hands it the request
 * body as a stream instead of reading it into memory, and writes its answer's body as the service produces it.
 * Requests that carry an {@code X-Amz-Target}, an {@code Action} in the query string or a form-encoded POST body
 * are never streamed: those belong to the JSON and query protocols.
 */
public interface StreamingServiceAdapter extends ServiceAdapter {

    /**
     * Answers a REST request this service accepted.
     *
     * @param head the request with an empty body: method, path, query, headers, caller
     * @param body the request body, read by the service as far as it needs; the endpoint closes it
     */
    StreamedResponse handleStreaming(AwsRequest head, InputStream body);
}
