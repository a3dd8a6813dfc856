package studio.serverless.app.run.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The prices of one region, read from a pricing file ({@code studio/serverless/app/pricing/REGION.json} among
 * the app's resources; see {@link PricingFileReader} for its shape), with its monthly free tiers.
 */
public record PriceList(String region, Map<String, UnitPrice> prices, List<FreeTier> freeTiers) {

    /** Every price a cost projection looks up; a pricing file must have them all. */
    public static final List<String> REQUIRED = List.of(
            "lambda.requests", "lambda.compute.x86_64", "lambda.compute.arm64",
            "apigateway.http.requests", "apigateway.rest.requests",
            "dynamodb.reads", "dynamodb.writes", "dynamodb.storage",
            "sqs.standard.requests", "sqs.fifo.requests",
            "sns.publishes", "sns.deliveries.http", "sns.deliveries.email", "sns.deliveries.sqs",
            "sns.deliveries.lambda",
            "s3.requests.write", "s3.requests.read", "s3.storage",
            "stepfunctions.standard.transitions", "stepfunctions.express.requests", "stepfunctions.express.duration",
            "eventbridge.custom.events",
            "kinesis.ondemand.streamHours", "kinesis.ondemand.dataIn", "kinesis.ondemand.dataOut");

    /** Keeps the maps unmodifiable. */
    public PriceList {
        prices = Map.copyOf(prices);
        freeTiers = List.copyOf(freeTiers);
    }

    /**
     * The prices that ship with the app for {@code region} (today {@code us-east-1}).
     *
     * @throws PricingFileException when there is no file for the region or it is malformed
     */
    public static PriceList bundled(String region) {
        String name = region + ".json";
        try (InputStream file = PriceList.class.getResourceAsStream("/studio/serverless/app/pricing/" + name)) {
            if (file == null) {
                throw new PricingFileException("no pricing file for region " + region + " (expected " + name
                        + " among the app's pricing files)");
            }
            return PricingFileReader.read(file, name);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the pricing file " + name, e);
        }
    }

    /** The price of {@code key}, one of {@link #REQUIRED}. */
    public UnitPrice price(String key) {
        UnitPrice price = prices.get(key);
        if (price == null) {
            throw new IllegalArgumentException("no price " + key + " in the price list of " + region);
        }
        return price;
    }
}
