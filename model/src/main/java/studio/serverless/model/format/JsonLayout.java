package studio.serverless.model.format;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** How diagram files are laid out: the pretty printer and the way numbers are spelled. */
final class JsonLayout {

    /** Whole numbers up to this size are written without a fraction; larger ones as Java spells doubles. */
    private static final double LARGEST_PLAIN_WHOLE = 1e15;

    private JsonLayout() {
    }

    /** Two-space indent, {@code \n} line ends, {@code "name": value}, and {@code []} / {@code {}} when empty. */
    static PrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * A finite number as JSON: {@code 120} for a whole number (not {@code 120.0}), else the shortest text that
     * reads back as the same double, so write, read and write again gives the same bytes.
     */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_WHOLE) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
