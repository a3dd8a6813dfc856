package studio.serverless.runner.s3.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.ListPage;
import studio.serverless.runner.s3.engine.ListQuery;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.S3Exception;
import studio.serverless.runner.s3.engine.StoredObject;

/**
 * ListObjectsV2 and ListObjects (v1). The v2 continuation token is the last key or common prefix of the page,
 * base64url-encoded: opaque to clients, stateless here. {@code encoding-type=url} URL-encodes keys and prefixes.
 */
final class ListHandlers {

    private final S3Engine engine;

    ListHandlers(S3Engine engine) {
        this.engine = engine;
    }

    StreamedResponse listV2(S3Call call) {
        String token = call.param("continuation-token");
        String startAfter = call.param("start-after");
        String after = token != null ? decodeToken(token) : startAfter;
        if (token != null && startAfter != null && startAfter.compareTo(after) > 0) {
            after = startAfter;
        }
        ListQuery query = new ListQuery(call.param("prefix"), call.param("delimiter"), maxKeys(call), after);
        ListPage page = engine.listObjects(call.bucket(), query);
        Encoder encode = new Encoder("url".equals(call.param("encoding-type")));
        XmlBuilder xml = XmlBuilder.root("ListBucketResult").element("Name", call.bucket())
                .element("Prefix", encode.apply(query.prefix())).element("Delimiter", encode.apply(query.delimiter()))
                .element("MaxKeys", query.maxKeys()).element("EncodingType", call.param("encoding-type"))
                .element("KeyCount", page.contents().size() + page.commonPrefixes().size())
                .element("IsTruncated", page.truncated()).element("ContinuationToken", token)
                .element("StartAfter", encode.apply(startAfter));
        if (page.truncated() && page.lastReturned() != null) {
            xml.element("NextContinuationToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(page.lastReturned().getBytes(StandardCharsets.UTF_8)));
        }
        return S3Responses.xml(entries(xml, page, encode, false));
    }

    StreamedResponse listV1(S3Call call) {
        ListQuery query = new ListQuery(call.param("prefix"), call.param("delimiter"), maxKeys(call),
                call.param("marker"));
        ListPage page = engine.listObjects(call.bucket(), query);
        Encoder encode = new Encoder("url".equals(call.param("encoding-type")));
        XmlBuilder xml = XmlBuilder.root("ListBucketResult").element("Name", call.bucket())
                .element("Prefix", encode.apply(query.prefix())).element("Marker", encode.apply(query.after()))
                .element("MaxKeys", query.maxKeys()).element("Delimiter", encode.apply(query.delimiter()))
                .element("EncodingType", call.param("encoding-type")).element("IsTruncated", page.truncated());
        if (page.truncated()) {
            xml.element("NextMarker", encode.apply(page.lastReturned()));
        }
        return S3Responses.xml(entries(xml, page, encode, true));
    }

    private static XmlBuilder entries(XmlBuilder xml, ListPage page, Encoder encode, boolean withOwner) {
        for (StoredObject object : page.contents()) {
            xml.start("Contents").element("Key", encode.apply(object.key()))
                    .element("LastModified", HttpDates.xml(object.lastModified()))
                    .element("ETag", object.quotedEtag()).element("Size", object.size());
            if (withOwner) {
                xml.start("Owner").element("ID", "000000000000").element("DisplayName", "local").end();
            }
            xml.element("StorageClass", "STANDARD").end();
        }
        for (String prefix : page.commonPrefixes()) {
            xml.start("CommonPrefixes").element("Prefix", encode.apply(prefix)).end();
        }
        return xml;
    }

    static int maxKeys(S3Call call) {
        String value = call.param("max-keys");
        if (value == null) {
            return ListQuery.MAX_KEYS;
        }
        try {
            int maxKeys = Integer.parseInt(value.trim());
            if (maxKeys >= 0) {
                return maxKeys;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw S3Exception.invalidArgument("Provided max-keys not an integer or within integer range", "max-keys",
                value);
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Exception.invalidArgument("The continuation token provided is incorrect",
                    "continuation-token", token);
        }
    }

    /** URL-encodes listed names when the client asked for {@code encoding-type=url}. */
    private record Encoder(boolean url) {
        String apply(String text) {
            if (!url || text == null) {
                return text;
            }
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2F", "/");
        }
    }
}
