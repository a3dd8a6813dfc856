package studio.serverless.canvas.view;

import javafx.scene.text.Text;

/**
 * Fits an edge's label to the length of its line: a label longer than the line would run over the figures at its
 * ends (two services placed close together), so it is cut short with an ellipsis, or left out when not even a few
 * letters fit. The whole text stays the edge's {@link ConnectionEdge#labelText()} and shows in the inspector.
 */
final class LabelFit {

    static final String ELLIPSIS = "\u2026";
    /** The fewest letters worth showing before an ellipsis; with less room the label is left out. */
    private static final int FEWEST_LETTERS = 3;

    private LabelFit() {
    }

    /**
     * Sets on the label the longest start of the text that fits this width, and returns the width it takes. The cut
     * is first guessed from the share of the width that fits, then shortened a letter at a time: each try lays the
     * text out anew, and a large diagram fits thousands of labels when it opens.
     */
    static double fit(Text label, String text, double room) {
        label.setText(text);
        double whole = width(label);
        if (whole <= room) {
            return whole;
        }
        int letters = (int) Math.min(text.length() - 1, Math.floor(text.length() * room / whole));
        while (letters >= FEWEST_LETTERS) {
            label.setText(text.substring(0, letters).stripTrailing() + ELLIPSIS);
            if (width(label) <= room) {
                return width(label);
            }
            letters--;
        }
        label.setText("");
        return 0;
    }

    private static double width(Text label) {
        return label.getLayoutBounds().getWidth();
    }
}
