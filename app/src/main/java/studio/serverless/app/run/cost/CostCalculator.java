package studio.serverless.app.run.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects a run's usage to a monthly bill with AWS's published pricing model: the usage is scaled to the month
 * ({@link MonthlyVolume}), each free tier is taken off the quantities it covers, and what remains is priced.
 * Pure calculation; the prices come from a {@link PriceList}.
 */
public final class CostCalculator {

    private static final int MONEY_SCALE = 10;

    private final PriceList prices;

    /** A calculator with these prices. */
    public CostCalculator(PriceList prices) {
        this.prices = prices;
    }

    /** The prices it uses. */
    public PriceList prices() {
        return prices;
    }

    /**
     * {@code usage} as a month of {@code volume}.
     *
     * @throws IllegalArgumentException when the volume cannot be related to the run (e.g. requests a month at the
     *                                  entry points of a run that saw none), with a message saying so
     */
    public CostProjection project(Usage usage, MonthlyVolume volume) {
        BigDecimal factor = volume.factor(usage);
        Map<String, BigDecimal> quantities = MonthlyQuantities.of(usage, factor);
        Map<String, BigDecimal> free = freeParts(quantities);
        List<LineItem> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> quantity : quantities.entrySet()) {
            UnitPrice price = prices.price(quantity.getKey());
            BigDecimal freePart = free.getOrDefault(quantity.getKey(), BigDecimal.ZERO);
            BigDecimal cost = quantity.getValue().subtract(freePart).multiply(price.price())
                    .divide(BigDecimal.valueOf(price.per()), MONEY_SCALE, RoundingMode.HALF_UP);
            items.add(new LineItem(price, quantity.getValue(), freePart, cost));
            total = total.add(cost);
        }
        return new CostProjection(items, total, factor, volume);
    }

    /** How much of each quantity the free tiers cover, each tier taken from its prices in order. */
    private Map<String, BigDecimal> freeParts(Map<String, BigDecimal> quantities) {
        Map<String, BigDecimal> free = new HashMap<>();
        for (FreeTier tier : prices.freeTiers()) {
            BigDecimal left = tier.quantity();
            for (String key : tier.covers()) {
                BigDecimal billable = quantities.getOrDefault(key, BigDecimal.ZERO)
                        .subtract(free.getOrDefault(key, BigDecimal.ZERO));
                BigDecimal taken = billable.min(left).max(BigDecimal.ZERO);
                free.merge(key, taken, BigDecimal::add);
                left = left.subtract(taken);
            }
        }
        return free;
    }
}
