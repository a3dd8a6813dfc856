package studio.serverless.app.run.cost;

import java.math.BigDecimal;

/**
 * One line of a projected monthly bill: the month's {@code quantity} of a price's unit, the part a free tier
 * covers, the {@code price} and the {@code cost} in dollars (unrounded; round for display).
 */
public record LineItem(UnitPrice price, BigDecimal quantity, BigDecimal free, BigDecimal cost) {

    /** The service, e.g. {@code Lambda}. */
    public String service() {
        return price.service();
    }

    /** What is billed, e.g. {@code Requests}. */
    public String item() {
        return price.item();
    }
}
