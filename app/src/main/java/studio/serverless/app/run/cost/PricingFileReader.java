package studio.serverless.app.run.cost;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pricing file: {@code {"region": ..., "prices": {KEY: PRICE, ...}, "freeTiers": [FREE_TIER, ...]}} where
 * a PRICE is {@code {"service", "item", "price" (dollars, e.g. "0.20"), "per" (units the price is for), "unit",
 * "source" (the AWS page), "asOf" (YYYY-MM-DD)}} and a FREE_TIER is {@code {"name", "quantity" (units a month),
 * "covers" [KEY, ...], "source", "asOf"}}. Every key of {@link PriceList#REQUIRED} must be there. A file that is
 * malformed gets a {@link PricingFileException} naming the file, the key and what was expected.
 */
public final class PricingFileReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PricingFileReader() {
    }

    /** The price list in {@code file}, called {@code fileName} in messages. */
    public static PriceList read(InputStream file, String fileName) {
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            throw new PricingFileException(fileName + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PricingFileException("could not read " + fileName + ": " + e.getMessage(), e);
        }
        PricingFields fields = new PricingFields(fileName);
        String region = fields.text(fields.object(root, ""), "region", "");
        Map<String, UnitPrice> prices = prices(fields, fields.child(root, "prices", ""));
        List<FreeTier> freeTiers = freeTiers(fields, fields.child(root, "freeTiers", ""), prices);
        return new PriceList(region, prices, freeTiers);
    }

    private static Map<String, UnitPrice> prices(PricingFields fields, JsonNode node) {
        fields.object(node, "prices");
        Map<String, UnitPrice> prices = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String at = "prices.\"" + entry.getKey() + "\"";
            JsonNode price = fields.object(entry.getValue(), at);
            prices.put(entry.getKey(), new UnitPrice(entry.getKey(), fields.text(price, "service", at),
                    fields.text(price, "item", at), fields.amount(price, "price", at), fields.count(price, "per", at),
                    fields.text(price, "unit", at), fields.source(price, at), fields.date(price, "asOf", at)));
        });
        for (String key : PriceList.REQUIRED) {
            if (!prices.containsKey(key)) {
                throw fields.wrong("prices.\"" + key + "\"", "a price (service, item, price, per, unit, source,"
                        + " asOf)", "nothing: the key is missing");
            }
        }
        return prices;
    }

    private static List<FreeTier> freeTiers(PricingFields fields, JsonNode node, Map<String, UnitPrice> prices) {
        if (!node.isArray()) {
            throw fields.wrong("freeTiers", "a list of free tiers", PricingFields.shown(node));
        }
        List<FreeTier> tiers = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) {
            String at = "freeTiers[" + index + "]";
            JsonNode tier = fields.object(node.get(index), at);
            tiers.add(new FreeTier(fields.text(tier, "name", at), fields.amount(tier, "quantity", at),
                    fields.keys(tier, "covers", at, prices.keySet()), fields.source(tier, at),
                    fields.date(tier, "asOf", at)));
        }
        return tiers;
    }
}
