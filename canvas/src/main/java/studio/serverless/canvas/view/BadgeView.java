package studio.serverless.canvas.view;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import studio.serverless.model.validation.Severity;

/**
 * The small round count of problems on a figure's corner: red for errors, amber for warnings, with the
 * messages as its tooltip. Hidden when validation has nothing to say about the element.
 */
final class BadgeView extends Label {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    /** Made on first use: a tooltip per figure would cost much for a 1,000-service diagram. */
    private Tooltip tooltip;

    BadgeView() {
        getStyleClass().add("badge");
        setVisible(false);
        setManaged(false);
    }

    void show(DiagnosticMark mark) {
        setVisible(mark != null);
        pseudoClassStateChanged(ERROR, mark != null && mark.worst() == Severity.ERROR);
        pseudoClassStateChanged(WARNING, mark != null && mark.worst() == Severity.WARNING);
        if (mark == null) {
            setTooltip(null);
            return;
        }
        setText(Integer.toString(mark.count()));
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(mark.tooltip());
        setTooltip(tooltip);
    }
}
