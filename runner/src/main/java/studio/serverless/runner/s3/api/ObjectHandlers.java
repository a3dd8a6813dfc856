package studio.serverless.runner.s3.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.ChecksumAlgorithm;
import studio.serverless.runner.s3.engine.ObjectContent;
import studio.serverless.runner.s3.engine.ObjectKeys;
import studio.serverless.runner.s3.engine.ReceivedBody;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.StoredObject;

/** PutObject, GetObject (ranges, conditions), HeadObject and DeleteObject. */
final class ObjectHandlers {

    private final S3Engine engine;

    ObjectHandlers(S3Engine engine) {
        this.engine = engine;
    }

    StreamedResponse put(S3Call call) {
        engine.bucket(call.bucket());
        ObjectKeys.check(call.key());
        Payload payload = new Payload(call);
        ReceivedBody body = engine.receive(payload.stream(), payload.expectedLength(), payload.algorithms());
        StoredObject object = engine.putObject(call.bucket(), call.key(), body, ObjectHeaders.metadata(call),
                payload.expectations(), ObjectHeaders.conditions(call, ""), call.context());
        Map<String, String> headers = checksumHeaders(object.checksums());
        headers.put("ETag", object.quotedEtag());
        return S3Responses.empty(200, headers);
    }

    StreamedResponse get(S3Call call) {
        return read(call, true);
    }

    StreamedResponse head(S3Call call) {
        return read(call, false);
    }

    StreamedResponse delete(S3Call call) {
        engine.deleteObject(call.bucket(), call.key(), call.context());
        return S3Responses.empty(204, Map.of());
    }

    private StreamedResponse read(S3Call call, boolean withData) {
        ObjectContent content = engine.getObject(call.bucket(), call.key(), ObjectHeaders.conditions(call, ""),
                call.header("range"), partNumber(call), withData);
        StoredObject object = content.object();
        Map<String, String> headers = new LinkedHashMap<>(ObjectHeaders.describe(object));
        if (content.range().partial()) {
            headers.put("Content-Range", content.range().contentRange(object.size()));
        } else if ("enabled".equals(String.valueOf(call.header("x-amz-checksum-mode")).toLowerCase(Locale.ROOT))) {
            object.checksums().forEach((algorithm, value) -> headers.put(algorithm.headerName(), value));
        }
        if (call.has("partNumber")) {
            headers.put("x-amz-mp-parts-count", Integer.toString(Math.max(1, object.partsCount())));
        }
        String type = object.metadata().effectiveContentType();
        int status = content.range().partial() ? 206 : 200;
        if (!withData || content.range().length() == 0) {
            content.close();
            return new StreamedResponse(status, type, headers, content.range().length(), out -> { });
        }
        return new StreamedResponse(status, type, headers, content.range().length(), out -> {
            try (content) {
                content.writeTo(out);
            }
        });
    }

    private static int partNumber(S3Call call) {
        String text = call.param("partNumber");
        try {
            return text == null ? 0 : Math.max(1, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw studio.serverless.runner.s3.engine.S3Exception.invalidArgument(
                    "Part number must be an integer between 1 and 10000, inclusive", "partNumber", text);
        }
    }

    /** The checksum headers to answer a write with. */
    static Map<String, String> checksumHeaders(Map<ChecksumAlgorithm, String> checksums) {
        Map<String, String> headers = new LinkedHashMap<>();
        checksums.forEach((algorithm, value) -> headers.put(algorithm.headerName(), value));
        return headers;
    }
}
