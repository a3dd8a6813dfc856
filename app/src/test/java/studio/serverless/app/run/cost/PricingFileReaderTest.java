package studio.serverless.app.run.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pricing file that ships is complete and cited; a malformed one says which key is wrong and what it expected. */
class PricingFileReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode bundledJson() throws Exception {
        try (InputStream file = PriceList.class.getResourceAsStream("/studio/serverless/app/pricing/us-east-1.json")) {
            return (ObjectNode) JSON.readTree(file);
        }
    }

    private static String refusal(Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode file = bundledJson();
        breakIt.accept(file);
        byte[] bytes = JSON.writeValueAsBytes(file);
        return assertThrows(PricingFileException.class,
                () -> PricingFileReader.read(new ByteArrayInputStream(bytes), "prices.json")).getMessage();
    }

    private static ObjectNode lambdaRequests(ObjectNode file) {
        return (ObjectNode) file.get("prices").get("lambda.requests");
    }

    @Test
    void theBundledFileHasEveryPriceEachWithItsSourceAndDate() {
        PriceList prices = PriceList.bundled("us-east-1");

        assertEquals("us-east-1", prices.region());
        for (String key : PriceList.REQUIRED) {
            UnitPrice price = prices.price(key);
            assertTrue(price.source().getHost().endsWith("aws.amazon.com"), key + " cites " + price.source());
        }
        assertEquals("$0.20 per 1M requests", prices.price("lambda.requests").describe());
        assertEquals("$0.0000166667 per GB-second", prices.price("lambda.compute.x86_64").describe());
    }

    @Test
    void aMissingPriceIsNamed() throws Exception {
        assertEquals("prices.json: prices.\"lambda.requests\" should be a price (service, item, price, per, unit,"
                + " source, asOf); got nothing: the key is missing",
                refusal(file -> ((ObjectNode) file.get("prices")).remove("lambda.requests")));
    }

    @Test
    void aPriceThatIsNoNumberSaysWhatWasExpected() throws Exception {
        assertEquals("prices.json: prices.\"lambda.requests\".price should be a number of 0 or more, such as"
                + " \"0.20\"; got true", refusal(file -> lambdaRequests(file).put("price", true)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.20", "twenty cents"})
    void aNegativeOrWordyPriceIsRefused(String price) throws Exception {
        assertTrue(refusal(file -> lambdaRequests(file).put("price", price))
                .startsWith("prices.json: prices.\"lambda.requests\".price should be a number of 0 or more"));
    }

    @Test
    void aDayThatIsNoDateSaysTheFormat() throws Exception {
        assertEquals("prices.json: prices.\"lambda.requests\".asOf should be a day as YYYY-MM-DD, such as"
                + " \"2026-11-29\"; got \"last week\"", refusal(file -> lambdaRequests(file).put("asOf", "last week")));
    }

    @Test
    void aFreeTierCoveringAnUnknownPriceIsNamed() throws Exception {
        assertEquals("prices.json: freeTiers[0].covers should be keys of prices in this file; got \"lambda.calls\"",
                refusal(file -> ((ObjectNode) file.get("freeTiers").get(0)).putArray("covers").add("lambda.calls")));
    }

    @Test
    void aFileThatIsNoJsonSaysSo() {
        byte[] text = "prices: cheap".getBytes(StandardCharsets.UTF_8);

        String message = assertThrows(PricingFileException.class,
                () -> PricingFileReader.read(new ByteArrayInputStream(text), "prices.json")).getMessage();

        assertTrue(message.startsWith("prices.json is not JSON: "), message);
    }

    @Test
    void aRegionWithoutAFileIsNamed() {
        assertEquals("no pricing file for region eu-west-9 (expected eu-west-9.json among the app's pricing files)",
                assertThrows(PricingFileException.class, () -> PriceList.bundled("eu-west-9")).getMessage());
    }
}
