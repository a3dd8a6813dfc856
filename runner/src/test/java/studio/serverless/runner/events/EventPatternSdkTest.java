package studio.serverless.runner.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import studio.serverless.runner.pattern.PatternCompiler;

/**
 * The event-pattern language on the examples of AWS's "Content filtering in Amazon EventBridge event patterns"
 * page (its EC2 state-change event, a few fields added): the matcher's answer, and TestEventPattern's through the
 * real SDK, must both be AWS's.
 */
class EventPatternSdkTest {

    private static final EventsTestCloud CLOUD = new EventsTestCloud();
    private static final String EVENT = """
            {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718",
             "detail-type":"EC2 Instance State-change Notification","source":"aws.ec2","account":"111122223333",
             "time":"2017-12-22T18:43:48Z","region":"us-west-1",
             "resources":["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"],
             "detail":{"instance-id":"i-1234567890abcdef0","state":"terminated","c-count":5,"d-count":3,
               "x-limit":301.8,"source-ip":"10.0.0.123","ipv6":"2001:db8::1","filename":"dir/log.PNG",
               "tags":["prod","web"],"location":{"city":"Seattle","zip":"98101"},"empty":"","nothing":null}}""";

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"source\":[\"aws.ec2\"]}|true",
        "{\"source\":[\"aws.s3\"]}|false",
        "{\"detail-type\":[\"EC2 Instance State-change Notification\"]}|true",
        "{\"source\":[\"aws.ec2\"],\"detail\":{\"state\":[\"terminated\"]}}|true",
        "{\"source\":[\"aws.ec2\"],\"detail\":{\"state\":[\"running\"]}}|false",
        "{\"detail\":{\"state\":[\"pending\",\"terminated\"]}}|true",
        "{\"resources\":[\"arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0\"]}|true",
        "{\"detail\":{\"tags\":[\"web\",\"db\"]}}|true",
        "{\"detail\":{\"tags\":[\"db\"]}}|false",
        "{\"detail\":{\"location\":{\"city\":[\"Seattle\"]}}}|true",
        "{\"detail\":{\"location\":{\"city\":[\"Portland\"]}}}|false",
        "{\"detail\":{\"c-count\":[5]}}|true",
        "{\"detail\":{\"c-count\":[\"5\"]}}|false",
        "{\"detail\":{\"x-limit\":[301.80]}}|true",
        "{\"detail\":{\"empty\":[\"\"]}}|true",
        "{\"detail\":{\"nothing\":[null]}}|true",
        "{\"detail\":{\"state\":[null]}}|false",
        "{\"time\":[{\"prefix\":\"2017-12-22\"}]}|true",
        "{\"time\":[{\"prefix\":\"2018\"}]}|false",
        "{\"source\":[{\"prefix\":{\"equals-ignore-case\":\"AWS.EC\"}}]}|true",
        "{\"detail\":{\"filename\":[{\"suffix\":\".png\"}]}}|false",
        "{\"detail\":{\"filename\":[{\"suffix\":{\"equals-ignore-case\":\".png\"}}]}}|true",
        "{\"detail\":{\"filename\":[{\"suffix\":\".PNG\"}]}}|true",
        "{\"detail-type\":[{\"equals-ignore-case\":\"ec2 instance state-change notification\"}]}|true",
        "{\"detail\":{\"state\":[{\"anything-but\":\"initializing\"}]}}|true",
        "{\"detail\":{\"state\":[{\"anything-but\":[\"stopped\",\"terminated\"]}]}}|false",
        "{\"detail\":{\"c-count\":[{\"anything-but\":[1,2,3]}]}}|true",
        "{\"detail\":{\"c-count\":[{\"anything-but\":5}]}}|false",
        "{\"detail\":{\"state\":[{\"anything-but\":{\"prefix\":\"init\"}}]}}|true",
        "{\"detail\":{\"state\":[{\"anything-but\":{\"prefix\":\"term\"}}]}}|false",
        "{\"detail\":{\"filename\":[{\"anything-but\":{\"suffix\":\".txt\"}}]}}|true",
        "{\"detail\":{\"filename\":[{\"anything-but\":{\"suffix\":\".PNG\"}}]}}|false",
        "{\"detail\":{\"state\":[{\"anything-but\":{\"equals-ignore-case\":[\"TERMINATED\",\"STOPPED\"]}}]}}|false",
        "{\"detail\":{\"filename\":[{\"anything-but\":{\"wildcard\":\"*/*.txt\"}}]}}|true",
        "{\"detail\":{\"c-count\":[{\"numeric\":[\">\",0,\"<=\",5]}],\"d-count\":[{\"numeric\":[\"<\",10]}],"
            + "\"x-limit\":[{\"numeric\":[\"=\",3.018e2]}]}}|true",
        "{\"detail\":{\"c-count\":[{\"numeric\":[\">\",5]}]}}|false",
        "{\"detail\":{\"state\":[{\"numeric\":[\">\",0]}]}}|false",
        "{\"detail\":{\"state\":[{\"exists\":true}]}}|true",
        "{\"detail\":{\"state\":[{\"exists\":false}]}}|false",
        "{\"detail\":{\"no-such-field\":[{\"exists\":false}]}}|true",
        "{\"detail\":{\"no-such-field\":[{\"exists\":true}]}}|false",
        "{\"detail\":{\"instance-id\":[{\"wildcard\":\"i-*def0\"}]}}|true",
        "{\"detail\":{\"filename\":[{\"wildcard\":\"dir/*.png\"}]}}|false",
        "{\"detail\":{\"source-ip\":[{\"cidr\":\"10.0.0.0/24\"}]}}|true",
        "{\"detail\":{\"source-ip\":[{\"cidr\":\"10.0.1.0/24\"}]}}|false",
        "{\"detail\":{\"ipv6\":[{\"cidr\":\"2001:db8::/32\"}]}}|true",
        "{\"$or\":[{\"detail\":{\"c-count\":[{\"numeric\":[\">\",10]}]}},{\"detail\":{\"d-count\":[3]}}]}|true",
        "{\"$or\":[{\"detail\":{\"c-count\":[{\"numeric\":[\">\",10]}]}},{\"detail\":{\"d-count\":[4]}}]}|false",
        "{\"source\":[\"aws.ec2\"],\"$or\":[{\"region\":[\"us-east-1\"]},{\"detail\":{\"tags\":[\"prod\"]}}]}|true",
        "{\"detail\":{\"$or\":[{\"state\":[\"running\"]},{\"location\":{\"zip\":[{\"prefix\":\"981\"}]}}]}}|true"})
    void theMatcherAndTestEventPatternGiveAwsAnswer(String pattern, boolean matches) {
        assertEquals(matches, PatternCompiler.compile(pattern).matches(EventsTestCloud.json(EVENT)), "matcher");
        assertEquals(matches, CLOUD.events.testEventPattern(b -> b.eventPattern(pattern).event(EVENT)).result(),
                "TestEventPattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{}", "{\"source\":\"aws.ec2\"}", "{\"source\":[]}",
        "{\"source\":[{\"prefix\":1}]}", "{\"source\":[{\"sorta\":\"x\"}]}", "{\"detail\":{\"n\":[{\"numeric\":[\">\"]}]}}",
        "{\"detail\":{\"n\":[{\"numeric\":[\"<\",1,\"<\",2]}]}}", "{\"detail\":{\"n\":[{\"numeric\":[\">\",5,\"<\",1]}]}}",
        "{\"detail\":{\"n\":[{\"exists\":\"yes\"}]}}", "{\"$or\":[{\"source\":[\"a\"]}]}", "{\"$or\":\"x\"}",
        "{\"source\":[{\"anything-but\":[\"a\",1]}]}", "{\"source\":[{\"wildcard\":\"a**b\"}]}",
        "{\"ip\":[{\"cidr\":\"10.0.0.0\"}]}", "{\"source\":[[\"nested\"]]}", "not json"})
    void anInvalidPatternIsRefusedWithAReason(String pattern) {
        InvalidEventPatternException error = assertThrows(InvalidEventPatternException.class,
                () -> CLOUD.events.testEventPattern(b -> b.eventPattern(pattern).event(EVENT)));

        assertTrue(error.awsErrorDetails().errorMessage().startsWith("Event pattern is not valid. Reason: "),
                error.awsErrorDetails().errorMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"source\":\"x\"}", "not json", "[]"})
    void anEventWithoutTheRequiredFieldsIsAValidationError(String event) {
        assertEquals("Parameter Event is not valid.", EventsRuleSdkTest.validationError(() -> CLOUD.events
                .testEventPattern(b -> b.eventPattern("{\"source\":[\"x\"]}").event(event))));
    }
}
