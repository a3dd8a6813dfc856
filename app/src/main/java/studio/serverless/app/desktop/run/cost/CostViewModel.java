package studio.serverless.app.desktop.run.cost;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.app.run.cost.CostCalculator;
import studio.serverless.app.run.cost.CostProjection;
import studio.serverless.app.run.cost.MonthlyVolume;
import studio.serverless.app.run.cost.PriceList;
import studio.serverless.app.run.cost.UnitPrice;
import studio.serverless.app.run.cost.Usage;

/**
 * The cost panel's logic: the monthly volume the user states, and {@link #project()} turning the run's usage so far
 * into the month's line items, total and a summary of how the run was scaled; a volume that is none, or one that
 * cannot be related to the run, leaves the table empty and says why in {@link #errorProperty()}.
 */
public final class CostViewModel {

    private final CostCalculator calculator;
    private final Supplier<Usage> usage;
    private final ObjectProperty<VolumeKind> volumeKind = new SimpleObjectProperty<>(VolumeKind.ENTRY_REQUESTS);
    private final StringProperty volume = new SimpleStringProperty("1,000,000");
    private final ObservableList<CostRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** A panel projecting {@code usage} (the run's totals so far, asked at each projection) with {@code calculator}. */
    public CostViewModel(CostCalculator calculator, Supplier<Usage> usage) {
        this.calculator = calculator;
        this.usage = usage;
    }

    /** Projects the run's usage so far to the stated month. */
    public void project() {
        rows.clear();
        total.set("");
        summary.set("");
        Optional<MonthlyVolume> month = statedVolume();
        if (month.isEmpty()) {
            error.set("Enter how many requests a month reach the entry points, e.g. 1000000, 1,000,000 or 2.5M;"
                    + " got '" + volume.get() + "'");
            return;
        }
        Usage run = usage.get();
        try {
            CostProjection projection = calculator.project(run, month.get());
            projection.items().stream().map(CostFormat::row).forEach(rows::add);
            total.set(CostFormat.dollars(projection.total()) + " a month");
            summary.set(month.get().describe() + ": this run's traffic × " + CostFormat.quantity(projection.factor())
                    + " (the run saw " + run.entryRequests() + " entry requests in " + CostFormat.length(
                    run.observedOver()) + ")");
            error.set("");
        } catch (IllegalArgumentException cannotScale) {
            error.set("Cannot project: " + cannotScale.getMessage());
        }
    }

    private Optional<MonthlyVolume> statedVolume() {
        if (volumeKind.get() == VolumeKind.RUN_PACE) {
            return Optional.of(new MonthlyVolume.RunPace());
        }
        return CostFormat.volume(volume.get()).map(MonthlyVolume.EntryRequests::new);
    }

    /** Which prices are used and when they were checked, and what the projection leaves out. */
    public String note() {
        PriceList prices = calculator.prices();
        LocalDate oldest = prices.prices().values().stream().map(UnitPrice::asOf).min(Comparator.naturalOrder())
                .orElseThrow();
        return "Published on-demand prices of " + prices.region() + ", first price tier, checked " + oldest
                + " or later (each price cites its AWS page in the pricing file); monthly free tiers applied. "
                + CostProjection.EXCLUDED;
    }

    /** How the volume is stated. */
    public ObjectProperty<VolumeKind> volumeKindProperty() {
        return volumeKind;
    }

    /** The requests a month at the entry points, as typed. */
    public StringProperty volumeProperty() {
        return volume;
    }

    /** The line items of the last projection. */
    public ObservableList<CostRow> rows() {
        return rows;
    }

    /** E.g. {@code $0.40 a month}; empty before a projection. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** How the run was scaled, e.g. {@code 3,000,000 requests a month at the entry points: this run's traffic × 100,000 ...}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last projection could not be made; empty when it was. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
