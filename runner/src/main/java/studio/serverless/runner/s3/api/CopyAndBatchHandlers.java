package studio.serverless.runner.s3.api;

import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.ObjectMetadata;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;
import studio.serverless.runner.s3.engine.StoredObject;

/** CopyObject (metadata directive COPY or REPLACE) and DeleteObjects (quiet or verbose). */
final class CopyAndBatchHandlers {

    private static final int MAX_DELETE_KEYS = 1000;

    private final S3Engine engine;

    CopyAndBatchHandlers(S3Engine engine) {
        this.engine = engine;
    }

    StreamedResponse copy(S3Call call) {
        CopySource source = CopySource.of(call.header("x-amz-copy-source"));
        String directive = String.valueOf(call.header("x-amz-metadata-directive")).toUpperCase(Locale.ROOT);
        ObjectMetadata replacement = switch (directive) {
            case "NULL", "COPY" -> null;
            case "REPLACE" -> ObjectHeaders.metadata(call);
            default -> throw S3Exception.invalidArgument("Unknown metadata directive.", "x-amz-metadata-directive",
                    call.header("x-amz-metadata-directive"));
        };
        StoredObject copy = engine.copyObject(source.bucket(), source.key(),
                ObjectHeaders.conditions(call, "x-amz-copy-source-"), call.bucket(), call.key(), replacement,
                call.context());
        XmlBuilder xml = XmlBuilder.root("CopyObjectResult").element("ETag", copy.quotedEtag())
                .element("LastModified", HttpDates.xml(copy.lastModified()));
        copy.checksums().forEach((algorithm, value) -> xml.element("Checksum" + algorithm.name(), value));
        return S3Responses.xml(xml);
    }

    StreamedResponse deleteObjects(S3Call call) {
        engine.bucket(call.bucket());
        Element delete = XmlRequests.require(call.body());
        boolean quiet = "true".equalsIgnoreCase(XmlRequests.text(delete, "Quiet"));
        List<Element> objects = XmlRequests.children(delete, "Object");
        if (objects.isEmpty() || objects.size() > MAX_DELETE_KEYS) {
            throw new S3Exception(S3Error.MALFORMED_XML);
        }
        XmlBuilder xml = XmlBuilder.root("DeleteResult");
        for (Element object : objects) {
            String key = XmlRequests.text(object, "Key");
            try {
                if (key == null) {
                    throw new S3Exception(S3Error.MALFORMED_XML);
                }
                engine.deleteObject(call.bucket(), key, call.context());
                if (!quiet) {
                    xml.start("Deleted").element("Key", key).end();
                }
            } catch (S3Exception e) {
                xml.start("Error").element("Key", key).element("Code", e.error().code())
                        .element("Message", e.getMessage()).end();
            }
        }
        return S3Responses.xml(xml);
    }
}
