package studio.serverless.runner.s3.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.CompletedPart;
import studio.serverless.runner.s3.engine.MultipartUpload;
import studio.serverless.runner.s3.engine.ReceivedBody;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;
import studio.serverless.runner.s3.engine.StoredObject;
import studio.serverless.runner.s3.engine.UploadedPart;

/** CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload and AbortMultipartUpload. */
final class MultipartHandlers {

    private final S3Engine engine;

    MultipartHandlers(S3Engine engine) {
        this.engine = engine;
    }

    StreamedResponse create(S3Call call) {
        MultipartUpload upload = engine.multipart().create(call.bucket(), call.key(), ObjectHeaders.metadata(call));
        return S3Responses.xml(XmlBuilder.root("InitiateMultipartUploadResult").element("Bucket", call.bucket())
                .element("Key", call.key()).element("UploadId", upload.id()));
    }

    StreamedResponse uploadPart(S3Call call) {
        MultipartUpload upload = upload(call);
        int number = partNumber(call.param("partNumber"));
        if (call.header("x-amz-copy-source") != null) {
            return copyPart(call, upload, number);
        }
        Payload payload = new Payload(call);
        ReceivedBody body = engine.receive(payload.stream(), payload.expectedLength(), payload.algorithms());
        UploadedPart part = engine.multipart().uploadPart(upload, number, body, payload.expectations());
        Map<String, String> headers = ObjectHandlers.checksumHeaders(part.checksums());
        headers.put("ETag", '"' + part.etag() + '"');
        return S3Responses.empty(200, headers);
    }

    private StreamedResponse copyPart(S3Call call, MultipartUpload upload, int number) {
        CopySource source = CopySource.of(call.header("x-amz-copy-source"));
        UploadedPart part = engine.multipart().copyPart(upload, number, source.bucket(), source.key(),
                ObjectHeaders.conditions(call, "x-amz-copy-source-"), call.header("x-amz-copy-source-range"));
        return S3Responses.xml(XmlBuilder.root("CopyPartResult").element("ETag", '"' + part.etag() + '"')
                .element("LastModified", HttpDates.xml(part.lastModified())));
    }

    StreamedResponse complete(S3Call call) {
        MultipartUpload upload = upload(call);
        Element root = XmlRequests.require(call.body());
        List<CompletedPart> parts = new ArrayList<>();
        for (Element part : XmlRequests.children(root, "Part")) {
            parts.add(new CompletedPart(partNumber(XmlRequests.text(part, "PartNumber")),
                    XmlRequests.text(part, "ETag")));
        }
        StoredObject object = engine.multipart().complete(upload, parts, call.context());
        return S3Responses.xml(XmlBuilder.root("CompleteMultipartUploadResult")
                .element("Location", "http://" + call.request().host() + "/" + call.bucket() + "/" + call.key())
                .element("Bucket", call.bucket()).element("Key", call.key()).element("ETag", object.quotedEtag()));
    }

    StreamedResponse abort(S3Call call) {
        engine.multipart().abort(upload(call));
        return S3Responses.empty(204, Map.of());
    }

    StreamedResponse listParts(S3Call call) {
        MultipartUpload upload = upload(call);
        int marker = call.has("part-number-marker") ? partNumberOrZero(call.param("part-number-marker")) : 0;
        int max = call.has("max-parts") ? Math.max(0, Math.min(partNumberOrZero(call.param("max-parts")), 1000)) : 1000;
        List<UploadedPart> after = upload.parts().stream().filter(p -> p.number() > marker).toList();
        List<UploadedPart> page = after.subList(0, Math.min(max, after.size()));
        XmlBuilder xml = XmlBuilder.root("ListPartsResult").element("Bucket", call.bucket())
                .element("Key", call.key()).element("UploadId", upload.id()).element("PartNumberMarker", marker)
                .element("NextPartNumberMarker", page.isEmpty() ? 0 : page.get(page.size() - 1).number())
                .element("MaxParts", max).element("IsTruncated", after.size() > page.size())
                .element("StorageClass", "STANDARD");
        for (UploadedPart part : page) {
            xml.start("Part").element("PartNumber", part.number())
                    .element("LastModified", HttpDates.xml(part.lastModified()))
                    .element("ETag", '"' + part.etag() + '"').element("Size", part.size()).end();
        }
        return S3Responses.xml(xml);
    }

    StreamedResponse listUploads(S3Call call) {
        String prefix = call.param("prefix") == null ? "" : call.param("prefix");
        XmlBuilder xml = XmlBuilder.root("ListMultipartUploadsResult").element("Bucket", call.bucket())
                .element("KeyMarker", "").element("UploadIdMarker", "").element("Prefix", prefix)
                .element("MaxUploads", 1000).element("IsTruncated", false);
        for (MultipartUpload upload : engine.multipart().inBucket(call.bucket(), prefix)) {
            xml.start("Upload").element("Key", upload.key()).element("UploadId", upload.id())
                    .element("StorageClass", "STANDARD").element("Initiated", HttpDates.xml(upload.initiated()))
                    .end();
        }
        return S3Responses.xml(xml);
    }

    private MultipartUpload upload(S3Call call) {
        return engine.multipart().require(call.bucket(), call.key(), call.param("uploadId"));
    }

    private static int partNumber(String text) {
        int number = partNumberOrZero(text);
        if (number < 1 || number > 10_000) {
            throw S3Exception.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                    "partNumber", String.valueOf(text));
        }
        return number;
    }

    private static int partNumberOrZero(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new S3Exception(S3Error.INVALID_ARGUMENT, "Part number must be an integer between 1 and 10000, "
                    + "inclusive").with("ArgumentName", "partNumber").with("ArgumentValue", text);
        }
    }
}
