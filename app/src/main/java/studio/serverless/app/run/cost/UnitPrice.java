package studio.serverless.app.run.cost;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

/**
 * One published price: {@code price} dollars per {@code per} {@code unit}s of the {@code item} of a
 * {@code service}, as published at {@code source} and last checked on {@code asOf}.
 */
public record UnitPrice(String key, String service, String item, BigDecimal price, long per, String unit,
                        URI source, LocalDate asOf) {

    /** What the price reads like, e.g. {@code $0.20 per 1M requests} or {@code $0.0000166667 per GB-second}. */
    public String describe() {
        if (price.signum() == 0) {
            return "free";
        }
        BigDecimal shown = price.stripTrailingZeros();
        return "$" + (shown.scale() < 2 ? shown.setScale(2) : shown).toPlainString() + " per "
                + (per == 1 ? singular(unit) : count(per) + " " + unit);
    }

    private static String count(long per) {
        if (per % 1_000_000 == 0) {
            return per / 1_000_000 + "M";
        }
        return per % 1_000 == 0 ? per / 1_000 + "K" : Long.toString(per);
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }
}
