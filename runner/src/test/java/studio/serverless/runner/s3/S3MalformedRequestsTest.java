package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Thousands of malformed S3 requests (garbage XML, bad ranges, broken aws-chunked bodies, bad digests, odd
 * sub-resources, hostile paths) each get an S3-shaped 4xx (or 501 for what is not modelled), never a 500, and
 * the endpoint still serves valid requests afterwards with the data it had.
 */
class S3MalformedRequestsTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();
    private static final String BUCKET = CLOUD.newBucket();
    private static final String[] METHODS = {"GET", "PUT", "POST", "DELETE", "HEAD"};
    private static final String[] PATHS = {"/", "/" + BUCKET, "/" + BUCKET + "/", "/" + BUCKET + "/key",
        "/" + BUCKET + "/a/../../b", "/nosuchbucket/key", "/UPPER/key", "/" + BUCKET + "/%00", "/x/y/z",
        "/" + BUCKET + "/" + "k".repeat(1100)};
    private static final String[] QUERIES = {"", "?uploads", "?delete", "?list-type=2&max-keys=abc",
        "?list-type=2&continuation-token=!!!", "?uploadId=nope&partNumber=1", "?uploadId=nope",
        "?partNumber=99999&uploadId=x", "?notification", "?location", "?acl", "?max-keys=-5", "?list-type=2",
        "?uploadId=&partNumber=abc", "?marker=zzz&delimiter=/"};
    private static final String[][] HEADERS = {{}, {"Range", "bytes=garbage"}, {"Range", "bytes=999999-"},
        {"Content-MD5", "not-base64!"}, {"Content-MD5", "AAAAAAAAAAAAAAAAAAAAAA=="},
        {"x-amz-checksum-crc32", "AAAA"}, {"x-amz-copy-source", "/"}, {"x-amz-copy-source", "nosuch/key"},
        {"x-amz-metadata-directive", "MOVE", "x-amz-copy-source", "/b/k"},
        {"Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "10"},
        {"x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER", "x-amz-decoded-content-length", "x"},
        {"If-Match", "\"nope\""}, {"If-Modified-Since", "yesterday"}, {"x-amz-meta-big", "m".repeat(3000)}};
    private static final String[] BODIES = {"", "<", "<Delete>", "<Delete><Object/></Delete>",
        "<CompleteMultipartUpload><Part><PartNumber>x</PartNumber></Part></CompleteMultipartUpload>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Delete><Object><Key>&e;</Key></Object></Delete>",
        "<NotificationConfiguration><QueueConfiguration><Event>s3:Nope</Event></QueueConfiguration>"
        + "</NotificationConfiguration>", "zz\r\nabc\r\n", "5\r\nhel", "ffffffffffffffffff\r\n"};

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void thousandsOfMalformedRequestsGetS3ShapedErrorsAndTheEndpointKeepsServing() throws Exception {
        CLOUD.s3.putObject(b -> b.bucket(BUCKET).key("keep"), RequestBody.fromString("kept"));
        Random random = new Random(7);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            String method = METHODS[random.nextInt(METHODS.length)];
            String target = PATHS[random.nextInt(PATHS.length)] + QUERIES[random.nextInt(QUERIES.length)];
            String[] headers = HEADERS[random.nextInt(HEADERS.length)];
            String body = i % 10 == 9 ? garbage(random) : BODIES[random.nextInt(BODIES.length)];
            HttpResponse<String> response;
            try {
                response = send(method, target, headers, body);
            } catch (IOException e) {
                failures.add(method + " " + target + " " + String.join(",", headers) + " " + body + " -> " + e);
                continue;
            }
            if (!wellFormed(method, response)) {
                failures.add(method + " " + target + " " + String.join(",", headers) + " -> "
                        + response.statusCode() + " " + response.body());
            }
        }
        assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " bad answers");
        assertEquals("kept", CLOUD.s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("keep")).asUtf8String());
        String fresh = CLOUD.newBucket();
        CLOUD.s3.putObject(b -> b.bucket(fresh).key("after"), RequestBody.fromString("still serving"));
        assertEquals("still serving", CLOUD.s3.getObjectAsBytes(b -> b.bucket(fresh).key("after")).asUtf8String());
    }

    @Test
    void brokenHttpDoesNotStopTheEndpoint() {
        for (String junk : new String[] {"\u0000\u0001\u0002\r\n\r\n", "GET\r\n\r\n", "PUT /x HTTP/1.1\r\n"
            + "Content-Length: 100\r\n\r\nshort", "GET /" + BUCKET + "/k HTTP/1.1\r\nHost: \r\nRange: \r\n\r\n"}) {
            CLOUD.raw(junk);
        }
        assertEquals("kept2", put("kept2"));
    }

    private static String put(String text) {
        CLOUD.s3.putObject(b -> b.bucket(BUCKET).key("after-junk"), RequestBody.fromString(text));
        return CLOUD.s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("after-junk")).asUtf8String();
    }

    private static boolean wellFormed(String method, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500 && status != 501) {
            return false;
        }
        boolean errorBody = response.body().contains("<Error><Code>") && response.body().contains("<RequestId>");
        return status < 400 || method.equals("HEAD") || errorBody;
    }

    private HttpResponse<String> send(String method, String target, String[] headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CLOUD.cloud.endpoint() + target))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int h = 0; h < headers.length; h += 2) {
            request.header(headers[h], headers[h + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String garbage(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
