package studio.serverless.app.desktop.run.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import studio.serverless.app.run.cost.CostCalculator;
import studio.serverless.app.run.cost.PriceList;
import studio.serverless.app.run.cost.Usage;

/** What the cost panel shows for a run's traffic and the volume a user types. */
class CostViewModelTest {

    private final AtomicReference<Usage> run = new AtomicReference<>(Usage.of(Duration.ofSeconds(190), 30)
            .withFunction(new Usage.Function("orders", 30, 30 * 120, 512, Usage.Architecture.X86_64)));
    private final CostViewModel model = new CostViewModel(new CostCalculator(PriceList.bundled("us-east-1")),
            run::get);

    @Test
    void threeMillionRequestsAMonthShowLambdasLinesAndTotal() {
        model.volumeProperty().set("3M");

        model.project();

        assertEquals("$0.40 a month", model.totalProperty().get());
        assertEquals(new CostRow("Lambda", "Requests", "3,000,000 requests", "1,000,000", "$0.20 per 1M requests",
                "$0.40"), model.rows().get(0));
        assertEquals(new CostRow("Lambda", "Compute, x86_64 (billed per ms)", "180,000 GB-seconds", "180,000",
                "$0.0000166667 per GB-second", "$0.00"), model.rows().get(1));
        assertEquals("3,000,000 requests a month at the entry points: this run's traffic × 100,000 (the run saw 30"
                + " entry requests in 3m 10s)", model.summaryProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aVolumeThatIsNoNumberIsRefusedWithAnExample() {
        model.volumeProperty().set("lots");

        model.project();

        assertEquals("Enter how many requests a month reach the entry points, e.g. 1000000, 1,000,000 or 2.5M; got"
                + " 'lots'", model.errorProperty().get());
        assertTrue(model.rows().isEmpty());
        assertEquals("", model.totalProperty().get());
    }

    @Test
    void aRunWithoutEntryRequestsCanStillBeProjectedAtItsPace() {
        run.set(Usage.of(Duration.ofMinutes(73), 0).with(new Usage.S3(10, 0, 0)));
        model.project();
        assertTrue(model.errorProperty().get().startsWith("Cannot project: the run has seen no request at an"
                + " entry point yet"), model.errorProperty().get());

        model.volumeKindProperty().set(VolumeKind.RUN_PACE);
        model.project();

        assertEquals("$0.03 a month", model.totalProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aCostUnderACentIsNotShownAsNothing() {
        model.volumeProperty().set("1,000");

        model.project();

        assertEquals("$0.00 a month", model.totalProperty().get());
        run.set(Usage.of(Duration.ofMinutes(1), 1).with(new Usage.Apis(1, 0)));
        model.project();
        assertEquals("<$0.01 a month", model.totalProperty().get());
    }

    @Test
    void theNoteSaysWhichPricesAreUsedAndWhatIsLeftOut() {
        String note = model.note();

        assertTrue(note.startsWith("Published on-demand prices of us-east-1, first price tier, checked "), note);
        assertTrue(note.contains("Not included: data transfer out"), note);
    }
}
