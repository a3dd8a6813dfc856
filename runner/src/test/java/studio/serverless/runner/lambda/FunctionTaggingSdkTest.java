package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Function tagging through the real AWS SDK v2 LambdaClient: ListTags, TagResource, UntagResource. */
class FunctionTaggingSdkTest {

    @TempDir
    Path code;
    private FunctionTestCloud cloud;
    private String arn;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        String name = cloud.function("python3.13", "app.handler", Map.of("app.py", "def handler(e, c):\n    return 1\n"));
        arn = cloud.cloud.lambda().arn(name);
    }

    @AfterEach
    void stopCloud() {
        cloud.close();
    }

    private Map<String, String> tags(String resource) {
        return cloud.lambda.listTags(b -> b.resource(resource)).tags();
    }

    @Test
    void tagsAddedAreListedAndUntaggedOnesDisappear() {
        assertTrue(tags(arn).isEmpty());

        cloud.lambda.tagResource(b -> b.resource(arn).tags(Map.of("team", "orders", "env", "dev")));
        cloud.lambda.untagResource(b -> b.resource(arn).tagKeys("env", "absent"));

        assertEquals(Map.of("team", "orders"), tags(arn));
    }

    @Test
    void anUnknownFunctionIsResourceNotFound() {
        String missing = arn.replaceAll(":function:.*", ":function:no-such-function");

        assertThrows(ResourceNotFoundException.class, () -> tags(missing));
        assertThrows(ResourceNotFoundException.class,
                () -> cloud.lambda.tagResource(b -> b.resource(missing).tags(Map.of("a", "b"))));
    }

    @Test
    void aQualifiedArnOrBadTagsAreInvalidParameterValue() {
        assertThrows(InvalidParameterValueException.class, () -> tags(arn + ":live"));
        assertThrows(InvalidParameterValueException.class,
                () -> cloud.lambda.tagResource(b -> b.resource(arn).tags(Map.of("aws:x", "y"))));
        Map<String, String> fiftyOne = new HashMap<>();
        IntStream.range(0, 51).forEach(i -> fiftyOne.put("k" + i, "v"));
        assertThrows(InvalidParameterValueException.class,
                () -> cloud.lambda.tagResource(b -> b.resource(arn).tags(fiftyOne)));

        assertTrue(tags(arn).isEmpty());
    }
}
