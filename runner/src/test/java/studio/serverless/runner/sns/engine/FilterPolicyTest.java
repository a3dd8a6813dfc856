package studio.serverless.runner.sns.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;

/**
 * SNS filter policies on the examples of AWS's "Amazon SNS message filtering" pages: the message with attributes
 * {@code customer_interests} (String.Array), {@code store}, {@code event} (String) and {@code price_usd}
 * (Number), and the same data as a message body for the MessageBody scope.
 */
class FilterPolicyTest {

    private static final Map<String, MessageAttributeValue> ATTRIBUTES = Map.of(
            "customer_interests", new MessageAttributeValue("String.Array", "[\"soccer\",\"rugby\",\"hockey\"]", null),
            "store", MessageAttributeValue.string("example_corp"),
            "event", MessageAttributeValue.string("order_placed"),
            "price_usd", new MessageAttributeValue("Number", "210.75", null),
            "picture", new MessageAttributeValue("Binary", null, new byte[] {1}));
    private static final String BODY = "{\"store\":\"example_corp\",\"event\":\"order_placed\","
            + "\"customer_interests\":[\"soccer\",\"rugby\",\"hockey\"],\"price_usd\":210.75,"
            + "\"order\":{\"items\":[{\"sku\":\"B-42\"},{\"sku\":\"A-7\"}],\"address\":{\"country\":\"SE\"}}}";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"store\":[\"example_corp\"],\"event\":[{\"anything-but\":\"order_cancelled\"}],"
            + "\"customer_interests\":[\"rugby\",\"football\",\"baseball\"],\"price_usd\":[{\"numeric\":[\">=\",100]}]}"
            + "|true",
        "{\"customer_interests\":[\"rugby\"]}|true",
        "{\"customer_interests\":[\"baseball\"]}|false",
        "{\"price_usd\":[{\"numeric\":[\">\",100,\"<=\",200]}]}|false",
        "{\"price_usd\":[{\"numeric\":[\"=\",210.75]}]}|true",
        "{\"store\":[{\"exists\":false}]}|false",
        "{\"encrypted\":[{\"exists\":false}]}|true",
        "{\"store\":[{\"exists\":true}]}|true",
        "{\"event\":[{\"prefix\":\"order-\"}]}|false",
        "{\"event\":[{\"prefix\":\"order_\"}]}|true",
        "{\"store\":[{\"suffix\":\"_corp\"}]}|true",
        "{\"event\":[{\"equals-ignore-case\":\"ORDER_PLACED\"}]}|true",
        "{\"event\":[{\"anything-but\":{\"prefix\":\"order\"}}]}|false",
        "{\"event\":[{\"anything-but\":[\"order_cancelled\",\"order_failed\"]}]}|true",
        "{\"store\":[\"example_corp\"],\"$or\":[{\"event\":[\"order_cancelled\"]},{\"price_usd\":[{\"numeric\":[\">\",200]}]}]}"
            + "|true",
        "{\"$or\":[{\"event\":[\"order_cancelled\"]},{\"price_usd\":[{\"numeric\":[\"<\",10]}]}]}|false",
        "{\"picture\":[{\"exists\":true}]}|false"})
    void aPolicyOnMessageAttributesMatchesAsSnsDoes(String policy, boolean matches) {
        assertEquals(matches, SubscriptionFilter.of(policy, "MessageAttributes").accepts(BODY, ATTRIBUTES));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"store\":[\"example_corp\"],\"price_usd\":[{\"numeric\":[\">\",200]}]}|true",
        "{\"order\":{\"items\":{\"sku\":[{\"prefix\":\"B-\"}]}}}|true",
        "{\"order\":{\"items\":{\"sku\":[{\"prefix\":\"C-\"}]}}}|false",
        "{\"order\":{\"address\":{\"country\":[\"SE\",\"NO\"]}}}|true",
        "{\"order\":{\"address\":{\"city\":[{\"exists\":false}]}}}|true",
        "{\"customer_interests\":[\"hockey\"]}|true"})
    void aPolicyOnTheMessageBodyMatchesNestedKeys(String policy, boolean matches) {
        assertEquals(matches, SubscriptionFilter.of(policy, "MessageBody").accepts(BODY, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"store\":[{\"exists\":false}]}", "{\"store\":[{\"anything-but\":\"x\"}]}"})
    void aMessageWithoutAttributesMatchesNoAttributePolicy(String policy) {
        assertEquals(false, SubscriptionFilter.of(policy, "MessageAttributes").accepts(BODY, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", "[1,2]", "42"})
    void aBodyThatIsNotAJsonObjectMatchesNoBodyPolicy(String body) {
        assertEquals(false, SubscriptionFilter.of("{\"a\":[{\"exists\":false}]}", "MessageBody")
                .accepts(body, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":{\"b\":[\"c\"]}}", "{\"a\":[{\"numeric\":[\"<\"]}]}", "{\"a\":\"b\"}"})
    void aBadPolicyIsAnInvalidParameter(String policy) {
        SnsException error = assertThrows(SnsException.class, () -> SubscriptionFilter.of(policy,
                "MessageAttributes"));

        assertEquals(SnsError.INVALID_PARAMETER, error.error());
        assertTrue(error.getMessage().startsWith("Invalid parameter: "), error.getMessage());
    }
}
