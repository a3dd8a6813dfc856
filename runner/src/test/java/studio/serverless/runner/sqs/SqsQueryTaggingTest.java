package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Tagging over SQS's query protocol: {@code Tag.N.Key}/{@code Tag.N.Value} in, {@code <Tag><Key/><Value/></Tag>} out. */
class SqsQueryTaggingTest {

    private static final SqsTestCloud CLOUD = new SqsTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static HttpResponse<String> call(String path, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        form.put("Version", "2012-11-05");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return CLOUD.post(path, "application/x-www-form-urlencoded", body);
    }

    @Test
    void tagsOnCreateAndTagQueueAreListedAsTagElements() {
        call("/", "Action", "CreateQueue", "QueueName", "query-tags", "Tag.1.Key", "team", "Tag.1.Value", "a");
        call("/000000000000/query-tags", "Action", "TagQueue", "Tag.1.Key", "env", "Tag.1.Value", "dev & test");

        HttpResponse<String> listed = call("/000000000000/query-tags", "Action", "ListQueueTags");

        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("<ListQueueTagsResult><Tag><Key>env</Key><Value>dev &amp; test</Value></Tag>"
                + "<Tag><Key>team</Key><Value>a</Value></Tag></ListQueueTagsResult>"), listed.body());
    }

    @Test
    void untagQueueReadsTagKeyEntriesAndThePluralSpelling() {
        call("/", "Action", "CreateQueue", "QueueName", "query-untag");
        call("/000000000000/query-untag", "Action", "TagQueue", "Tags.1.Key", "a", "Tags.1.Value", "1",
                "Tags.2.Key", "b", "Tags.2.Value", "2");

        call("/000000000000/query-untag", "Action", "UntagQueue", "TagKey.1", "a");

        String listed = call("/000000000000/query-untag", "Action", "ListQueueTags").body();
        assertTrue(listed.contains("<Tag><Key>b</Key><Value>2</Value></Tag>") && !listed.contains("<Key>a</Key>"),
                listed);
    }

    @Test
    void aReservedKeyIsAnInvalidParameterValueErrorDocument() {
        call("/", "Action", "CreateQueue", "QueueName", "query-reserved");

        HttpResponse<String> refused = call("/000000000000/query-reserved", "Action", "TagQueue",
                "Tag.1.Key", "aws:cost", "Tag.1.Value", "x");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<Code>InvalidParameterValue</Code>"), refused.body());
    }
}
