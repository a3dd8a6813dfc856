package studio.serverless.app.desktop.run.clock;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The clock panel: the local cloud's time ({@code #clockTime}) and its distance from the computer's
 * ({@code #clockOffset}), {@code #clockPause} (Pause / Resume), {@code #clockPlusMinute}, {@code #clockPlusHour},
 * {@code #clockPlusDay}, a typed amount ({@code #clockAmount}, {@code #clockAdvance}), {@code #clockNext} (to the
 * next scheduled thing, shown in {@code #clockNextDue}) and {@code #clockMessage}. It rereads the clock once a
 * second while it is shown.
 */
public final class ClockView extends VBox {

    private final Timeline ticking;

    /** The panel over {@code model}. */
    public ClockView(ClockViewModel model) {
        super(6);
        setId("clockView");
        setPadding(new Insets(8));
        Label time = bound(new Label(), "clockTime", model.timeProperty());
        time.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold");
        HBox reading = row(time, bound(new Label(), "clockOffset", model.comparedWithComputerProperty()));
        getChildren().addAll(reading, buttons(model), custom(model),
                bound(new Label(), "clockNextDue", model.nextDueProperty()),
                bound(new Label(), "clockMessage", model.messageProperty()));
        ticking = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), tick -> model.refresh()));
        ticking.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((property, before, scene) -> {
            if (scene == null) {
                ticking.stop();
            } else {
                model.refresh();
                ticking.play();
            }
        });
    }

    private static HBox buttons(ClockViewModel model) {
        Button pause = button("clockPause", "Pause", model::togglePause);
        pause.textProperty().bind(model.pausedProperty().map(paused -> paused ? "Resume" : "Pause"));
        return row(pause, button("clockPlusMinute", "+1 min", () -> model.advance(Duration.ofMinutes(1))),
                button("clockPlusHour", "+1 h", () -> model.advance(Duration.ofHours(1))),
                button("clockPlusDay", "+1 day", () -> model.advance(Duration.ofDays(1))),
                button("clockNext", "To next scheduled", model::advanceToNextScheduled));
    }

    private static HBox custom(ClockViewModel model) {
        TextField amount = new TextField();
        amount.setId("clockAmount");
        amount.setPrefColumnCount(8);
        amount.setPromptText("1h30m");
        amount.textProperty().bindBidirectional(model.customAmountProperty());
        amount.setOnAction(event -> model.advanceByCustomAmount());
        return row(new Label("Advance by"), amount, button("clockAdvance", "Advance", model::advanceByCustomAmount));
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label bound(Label label, String id, javafx.beans.value.ObservableValue<String> text) {
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static HBox row(javafx.scene.Node... children) {
        HBox row = new HBox(8, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
