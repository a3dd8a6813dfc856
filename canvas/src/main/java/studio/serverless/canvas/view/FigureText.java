package studio.serverless.canvas.view;

/**
 * Text shortened to fit a figure: plain {@code Text} nodes are far cheaper than labels for 1,000 figures, but
 * do not add an ellipsis themselves.
 */
public final class FigureText {

    private FigureText() {
    }

    /** The text itself when it has at most {@code length} characters, else its start and an ellipsis. */
    public static String fit(String text, int length) {
        if (text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length - 1)) + "\u2026";
    }
}
