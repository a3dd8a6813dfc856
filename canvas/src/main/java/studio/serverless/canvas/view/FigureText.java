package studio.serverless.canvas.view;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text shortened to fit a figure: plain {@code Text} nodes are far cheaper than labels for 1,000 figures, but
 * do not add an ellipsis themselves. Use on the JavaFX application thread, with the font the text node has
 * after CSS.
 */
public final class FigureText {

    private static final String ELLIPSIS = "\u2026";
    private static final Text PROBE = new Text();

    private FigureText() {
    }

    /** The text itself when it fits the width in this font, else as much of its start as fits with an ellipsis. */
    public static String fit(String text, Font font, double width) {
        if (width(text, font) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end) + ELLIPSIS, font) > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    private static double width(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    }
}
