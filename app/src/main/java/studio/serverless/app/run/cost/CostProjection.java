package studio.serverless.app.run.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * A run's traffic projected to a month: the line items, their total in dollars (unrounded), the factor the run
 * was multiplied by and the volume that asked for it.
 */
public record CostProjection(List<LineItem> items, BigDecimal total, BigDecimal factor, MonthlyVolume volume) {

    /** What a projection leaves out, for the user to read next to it. */
    public static final String EXCLUDED = "Not included: data transfer out, CloudWatch logs and metrics, X-Ray,"
            + " KMS, provisioned concurrency, Lambda ephemeral storage above 512 MB, cheaper price tiers at very"
            + " high volumes (the first tier is used throughout, e.g. HTTP APIs up to 300 million requests a"
            + " month), and free tiers that last only 12 months (API Gateway, S3). Storage is priced at what the"
            + " run left stored, not grown over the month; schedules and AWS service events are free.";

    /** Keeps the items unmodifiable. */
    public CostProjection {
        items = List.copyOf(items);
    }
}
