package studio.serverless.runner.stepfunctions.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STORE = "{'store':{'book':[{'title':'A','price':8,'tags':['x']},"
            + "{'title':'B','price':12},{'title':'C','price':5,'isbn':'1'}],'bicycle':{'price':20}},"
            + "'a.b':1,'list':[1,2,3,4,5]}";

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "$ => " + STORE,
            "$.store.bicycle.price => 20",
            "$.store.book[0].title => 'A'",
            "$['store']['book'][1]['title'] => 'B'",
            "$.store.book[-1].title => 'C'",
            "$['a.b'] => 1",
            "$.store.book[*].title => ['A','B','C']",
            "$.store.book[0,2].title => ['A','C']",
            "$.list[1:3] => [2,3]",
            "$.list[::2] => [1,3,5]",
            "$.list[-2:] => [4,5]",
            "$..price => [8,12,5,20]",
            "$.store.book[?(@.price < 10)].title => ['A','C']",
            "$.store.book[?(@.isbn)].title => ['C']",
            "$.store.book[?(@.title == 'B' || @.price > 7 && @.price < 9)].title => ['A','B']",
            "$.store.* => [[{'title':'A','price':8,'tags':['x']},{'title':'B','price':12},"
                    + "{'title':'C','price':5,'isbn':'1'}],{'price':20}]",
    })
    void aPathSelectsWhatJsonPathSays(String path, String expected) {
        assertEquals(json(expected), JsonPath.compile(path).find(json(STORE)).orElseThrow());
    }

    @Test
    void aDefinitePathThatNamesNothingFindsNothing() {
        assertTrue(JsonPath.compile("$.store.missing").find(json(STORE)).isEmpty());
        assertTrue(JsonPath.compile("$.list[9]").find(json(STORE)).isEmpty());
    }

    @Test
    void anIndefinitePathThatMatchesNothingFindsAnEmptyArray() {
        assertEquals(json("[]"), JsonPath.compile("$.store.book[?(@.price > 100)]").find(json(STORE)).orElseThrow());
    }

    @Test
    void writingCreatesMissingObjectsAndLeavesTheOriginalAlone() {
        JsonNode input = json("{'a':{'b':1}}");

        JsonNode written = JsonPath.compile("$.a.c.d").write(input, json("true"));

        assertEquals(json("{'a':{'b':1,'c':{'d':true}}}"), written);
        assertEquals(json("{'a':{'b':1}}"), input);
    }

    @Test
    void writingIntoAStringIsRefusedWithTheReason() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> JsonPath.compile("$.a.b").write(json("{'a':'text'}"), json("1")));

        assertEquals("the path '$.a.b' steps into a string with 'b', which only an object has", refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a.b | a path starts with $ at character 1",
            "$.a[ | a [ is never closed at character 4",
            "$.a..| expected a field name at character 6",
            "$.a[x] | expected 'name', an index, *, a slice or ?(filter) in brackets, not 'x' at character 4",
    })
    void anInvalidPathIsRefusedSayingWhere(String path, String reason) {
        InvalidPathException refused = assertThrows(InvalidPathException.class, () -> JsonPath.compile(path.trim()));

        assertTrue(refused.getMessage().endsWith(reason), refused.getMessage());
    }

    @Test
    void onlyNamesAndIndexesMakeAReferencePath() {
        assertTrue(JsonPath.compile("$.a['b'][0]").isReference());
        assertTrue(!JsonPath.compile("$.a[*]").isReference());
        assertTrue(!JsonPath.compile("$..a").isReference());
    }

    @Test
    void aPathThatStartsWithAVariableNameReadsThatVariable() {
        JsonPath path = JsonPath.compile("$order.items[1].sku");
        JsonNode order = json("{'items':[{'sku':'a'},{'sku':'b'}]}");

        assertEquals("order", path.variable());
        assertEquals(json("'b'"), path.find(json(STORE), name -> "order".equals(name) ? order : null).orElseThrow());
        assertTrue(path.find(json(STORE), name -> null).isEmpty(), "an unset variable selects nothing");
        assertTrue(path.find(json(STORE)).isEmpty(), "without variables a variable path selects nothing");
    }

    @Test
    void aVariablePathIsNeverAReferencePathSoNothingIsWrittenToIt() {
        assertTrue(!JsonPath.compile("$result").isReference());
        assertEquals(null, JsonPath.compile("$.result").variable());
    }
}
