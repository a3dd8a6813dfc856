package studio.serverless.app.desktop.run.browse;

import java.util.function.Predicate;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Asking the person to agree before something is deleted. */
public final class Confirmations {

    private Confirmations() {
    }

    /** A confirmation dialog per question; true when the person chose OK. */
    public static Predicate<String> dialog() {
        return question -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
            alert.setHeaderText("Delete?");
            return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
        };
    }
}
