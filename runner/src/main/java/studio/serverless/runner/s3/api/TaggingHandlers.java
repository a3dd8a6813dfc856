package studio.serverless.runner.s3.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import studio.serverless.runner.endpoint.FormParameters;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;

/**
 * Put, Get and Delete of bucket and object tag sets ({@code ?tagging}): the whole set travels as
 * {@code <Tagging><TagSet><Tag><Key/><Value/></Tag>...</TagSet></Tagging>}; a put replaces it. On object writes the
 * set comes URL-encoded in the {@code x-amz-tagging} header ({@code k1=v1&k2=v2}).
 */
final class TaggingHandlers {

    private final S3Engine engine;

    TaggingHandlers(S3Engine engine) {
        this.engine = engine;
    }

    StreamedResponse put(S3Call call) {
        engine.bucket(call.bucket());
        engine.setBucketTags(call.bucket(), tagSet(XmlRequests.require(call.body())));
        return S3Responses.empty(204, Map.of());
    }

    StreamedResponse get(S3Call call) {
        XmlBuilder xml = XmlBuilder.root("Tagging").start("TagSet");
        engine.bucketTags(call.bucket()).forEach((key, value) ->
                xml.start("Tag").element("Key", key).element("Value", value).end());
        return S3Responses.xml(xml.end());
    }

    StreamedResponse delete(S3Call call) {
        engine.deleteBucketTags(call.bucket());
        return S3Responses.empty(204, Map.of());
    }

    StreamedResponse putObject(S3Call call) {
        engine.setObjectTags(call.bucket(), call.key(), tagSet(XmlRequests.require(call.body())));
        return S3Responses.empty(200, Map.of());
    }

    StreamedResponse getObject(S3Call call) {
        XmlBuilder xml = XmlBuilder.root("Tagging").start("TagSet");
        engine.objectTags(call.bucket(), call.key()).forEach((key, value) ->
                xml.start("Tag").element("Key", key).element("Value", value).end());
        return S3Responses.xml(xml.end());
    }

    StreamedResponse deleteObject(S3Call call) {
        engine.setObjectTags(call.bucket(), call.key(), Map.of());
        return S3Responses.empty(204, Map.of());
    }

    /** The tag set of an {@code x-amz-tagging} header (empty for none); InvalidTag for a repeated or bad tag. */
    static Map<String, String> fromHeader(String header) {
        Map<String, String> tags = new LinkedHashMap<>();
        FormParameters.parseAll(header).forEach((key, values) -> {
            if (values.size() > 1) {
                throw new S3Exception(S3Error.INVALID_TAG, "Cannot provide multiple Tags with the same key")
                        .with("TagKey", key);
            }
            tags.put(key, values.get(0));
        });
        S3Engine.checkObjectTags(tags);
        return tags;
    }

    /** The tags of a {@code Tagging} document; MalformedXML without a TagSet, InvalidTag for a repeated key. */
    private static Map<String, String> tagSet(Element tagging) {
        var sets = XmlRequests.children(tagging, "TagSet");
        if (!"Tagging".equals(tagging.getLocalName()) || sets.size() != 1) {
            throw new S3Exception(S3Error.MALFORMED_XML);
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Element tag : XmlRequests.children(sets.get(0), "Tag")) {
            String key = untrimmed(tag, "Key");
            String value = untrimmed(tag, "Value");
            if (key == null || value == null) {
                throw new S3Exception(S3Error.MALFORMED_XML);
            }
            if (tags.put(key, value) != null) {
                throw new S3Exception(S3Error.INVALID_TAG, "Cannot provide multiple Tags with the same key")
                        .with("TagKey", key);
            }
        }
        return tags;
    }

    /** A child's text as sent: spaces around a tag value are part of it. */
    private static String untrimmed(Element parent, String name) {
        var found = XmlRequests.children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }
}
