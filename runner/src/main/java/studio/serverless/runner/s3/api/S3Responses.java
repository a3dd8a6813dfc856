package studio.serverless.runner.s3.api;

import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;

/** S3's answers: XML documents, empty answers with headers, and the one mapping of errors to the wire. */
final class S3Responses {

    private static final String XML = "application/xml";

    private S3Responses() {
    }

    static StreamedResponse xml(XmlBuilder document) {
        return xml(document, Map.of());
    }

    static StreamedResponse xml(XmlBuilder document, Map<String, String> headers) {
        byte[] bytes = document.toBytes();
        return new StreamedResponse(200, XML, headers, bytes.length, out -> out.write(bytes));
    }

    static StreamedResponse empty(int status, Map<String, String> headers) {
        return new StreamedResponse(status, null, headers, 0, out -> { });
    }

    /**
     * The answer to an S3 error: {@code <Error><Code/><Message/>...details...<RequestId/><HostId/></Error>} with
     * AWS's status; a 304 has no body.
     */
    static StreamedResponse error(S3Exception exception, String resource, String requestId) {
        S3Error error = exception.error();
        if (error == S3Error.NOT_MODIFIED) {
            return empty(304, Map.of());
        }
        XmlBuilder body = XmlBuilder.plainRoot("Error").element("Code", error.code())
                .element("Message", exception.getMessage());
        exception.details().forEach(body::element);
        if (resource != null && !exception.details().containsKey("Key")
                && !exception.details().containsKey("BucketName")) {
            body.element("Resource", resource);
        }
        body.element("RequestId", requestId).element("HostId", requestId);
        byte[] bytes = body.toBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        if (error == S3Error.METHOD_NOT_ALLOWED) {
            headers.put("Allow", "GET, PUT, POST, DELETE, HEAD");
        }
        return new StreamedResponse(error.httpStatus(), XML, headers, bytes.length, out -> out.write(bytes));
    }

    /** Adds S3's request id headers to an answer. */
    static StreamedResponse withRequestId(StreamedResponse response, String requestId) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        headers.put("x-amz-request-id", requestId);
        headers.put("x-amz-id-2", requestId);
        return new StreamedResponse(response.status(), response.contentType(), headers, response.length(),
                response.body());
    }
}
