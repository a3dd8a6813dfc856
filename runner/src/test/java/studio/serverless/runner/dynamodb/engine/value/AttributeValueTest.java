package studio.serverless.runner.dynamodb.engine.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;

class AttributeValueTest {

    @ParameterizedTest
    @CsvSource({"1.0,1", "1e3,1000", "-0.000,0", "0012.50,12.5", "123456789012345678901234567890123456.78,"
            + "123456789012345678901234567890123456.78"})
    void numbersAreStoredInCanonicalForm(String given, String canonical) {
        assertEquals(canonical, AttributeValue.N.of(given).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|A value provided cannot be converted into a number",
        "1234567890123456789012345678901234567891|Attempting to store more than 38 significant digits in a Number",
        "1e126|Number overflow. Attempting to store a number with magnitude larger than supported range",
        "1e-131|Number underflow. Attempting to store a number with magnitude smaller than supported range"})
    void invalidNumbersAreRefusedWithAwsMessages(String given, String message) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> AttributeValue.N.of(given));
        assertEquals(message, error.getMessage());
    }

    @Test
    void numbersEqualWhateverTheirWrittenForm() {
        assertEquals(AttributeValue.n("10"), AttributeValue.n("1E1"));
    }

    @Test
    void emptyStringSetIsRefused() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> AttributeValue.SS.of(List.of()));
        assertEquals("One or more parameter values were invalid: An string set  may not be empty", error.getMessage());
    }

    @Test
    void setWithDuplicatesIsRefused() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> AttributeValue.NS.of(List.of("1", "1.0")));
        assertTrue(error.getMessage().endsWith("contains duplicates."), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"a,b", "Z,a", "\uFFFF,\uD83D\uDE00", "ab,abc"})
    void stringsSortByUtf8Bytes(String first, String second) {
        assertTrue(AttributeValues.compare(AttributeValue.s(first), AttributeValue.s(second)) < 0);
    }

    @Test
    void numbersSortNumerically() {
        assertTrue(AttributeValues.compare(AttributeValue.n("9"), AttributeValue.n("10")) < 0);
    }

    @Test
    void binarySortsAsUnsignedBytes() {
        AttributeValue low = new AttributeValue.B(Binary.of(new byte[] {0x7f}));
        AttributeValue high = new AttributeValue.B(Binary.of(new byte[] {(byte) 0x80}));
        assertTrue(AttributeValues.compare(low, high) < 0);
    }

    @Test
    void itemSizeCountsNamesAndValues() {
        Map<String, AttributeValue> item = Map.of("name", AttributeValue.s("héllo"), "n", AttributeValue.n("123"),
                "m", new AttributeValue.M(Map.of("k", new AttributeValue.Bool(true))));
        long expected = (4 + 6) + (1 + 3) + (1 + 3 + 1 + 1 + 1);
        assertEquals(expected, ItemSize.of(item));
    }
}
