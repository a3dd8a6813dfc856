package studio.serverless.app.desktop.run;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The banner over the top of the canvas ({@code #runBanner}) while the diagram starts or runs: the step under way
 * with a progress bar and Cancel while starting; "Running — stop to edit" with the local cloud's address and Stop
 * while running. Hidden when idle.
 */
public final class RunningBanner {

    /** The banner's text while the diagram runs. */
    public static final String RUNNING_TEXT = "Running — stop to edit";

    private RunningBanner() {
    }

    /** The banner showing {@code session}. */
    public static Node create(RunSessionViewModel session) {
        Label text = new Label();
        text.setId("runBannerText");
        text.textProperty().bind(Bindings.createStringBinding(() -> describe(session), session.stateProperty(),
                session.progress().stepProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("runProgress");
        bar.progressProperty().bind(session.progress().progressProperty());
        bar.visibleProperty().bind(session.stateProperty().isEqualTo(RunState.STARTING));
        bar.managedProperty().bind(bar.visibleProperty());
        Button stop = new Button();
        stop.setId("runBannerStop");
        stop.textProperty().bind(Bindings.when(session.stateProperty().isEqualTo(RunState.STARTING))
                .then("Cancel").otherwise("Stop"));
        stop.disableProperty().bind(session.stateProperty().isEqualTo(RunState.STOPPING));
        stop.setOnAction(event -> session.stop());
        HBox banner = new HBox(10, text, bar, stop);
        banner.setId("runBanner");
        banner.getStyleClass().add("run-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        banner.visibleProperty().bind(session.lockedProperty());
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        return banner;
    }

    private static String describe(RunSessionViewModel session) {
        return switch (session.stateProperty().get()) {
            case STARTING -> session.progress().stepProperty().get() + "…";
            case RUNNING -> RUNNING_TEXT + "  ·  " + session.progress().stepProperty().get();
            case STOPPING -> "Stopping…";
            case IDLE -> "";
        };
    }
}
