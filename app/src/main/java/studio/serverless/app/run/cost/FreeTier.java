package studio.serverless.app.run.cost;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * A monthly free allowance: {@code quantity} units a month free across the prices it {@code covers}, taken from
 * them in that order (the dearer first, where one allowance covers two prices).
 */
public record FreeTier(String name, BigDecimal quantity, List<String> covers, URI source, LocalDate asOf) {

    /** Keeps the list of prices unmodifiable. */
    public FreeTier {
        covers = List.copyOf(covers);
    }
}
