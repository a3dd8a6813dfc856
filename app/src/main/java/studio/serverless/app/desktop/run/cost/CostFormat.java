package studio.serverless.app.desktop.run.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.serverless.app.run.cost.LineItem;

/** How the cost view words numbers: quantities with their unit, dollars to the cent, volumes as typed. */
final class CostFormat {

    private static final Pattern VOLUME = Pattern.compile("(\\d+(?:\\.\\d+)?)([kmb]?)");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private CostFormat() {
    }

    /** A line item as a table row. */
    static CostRow row(LineItem item) {
        String unit = item.price().unit();
        return new CostRow(item.service(), item.item(), quantity(item.quantity()) + " " + unit,
                item.free().signum() == 0 ? "" : quantity(item.free()), item.price().describe(), dollars(item.cost()));
    }

    /** Whole numbers with separators from 100 up; up to three decimals below. */
    static String quantity(BigDecimal quantity) {
        if (quantity.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return String.format(Locale.ROOT, "%,d", quantity.setScale(0, RoundingMode.HALF_UP).toBigInteger());
        }
        return quantity.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Dollars to the cent, with separators; a cost under a cent is {@code <$0.01}, not {@code $0.00}. */
    static String dollars(BigDecimal amount) {
        if (amount.signum() > 0 && amount.compareTo(CENT) < 0) {
            return "<$0.01";
        }
        return String.format(Locale.ROOT, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A volume such as {@code 1000000}, {@code 1,000,000}, {@code 2.5M} or {@code 300k}; empty when it is none. */
    static Optional<Long> volume(String text) {
        String plain = text.strip().replaceAll("[,_ ]", "").toLowerCase(Locale.ROOT);
        Matcher matcher = VOLUME.matcher(plain);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(matcher.group(1)).multiply(switch (matcher.group(2)) {
            case "k" -> BigDecimal.valueOf(1_000);
            case "m" -> BigDecimal.valueOf(1_000_000);
            case "b" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        });
        try {
            return Optional.of(number.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    /** A run's length, e.g. {@code 3m 10s}. */
    static String length(Duration duration) {
        long hours = duration.toHours();
        return (hours > 0 ? hours + "h " : "") + duration.toMinutesPart() + "m " + duration.toSecondsPart() + "s";
    }
}
