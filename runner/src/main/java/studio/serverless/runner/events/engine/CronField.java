package studio.serverless.runner.events.engine;

import java.util.BitSet;
import java.util.List;

/**
 * One plain field of a cron expression as the set of values it allows: {@code *}, numbers, names, ranges
 * {@code a-b} and steps {@code a/s}, {@code a-b/s} or {@code * /s}, separated by commas.
 */
final class CronField {

    static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC");
    static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private CronField() {
    }

    /** The values {@code text} allows within {@code min..max}; {@code names} (for min onwards) may be empty. */
    static BitSet parse(String text, int min, int max, List<String> names) {
        BitSet values = new BitSet();
        for (String item : text.split(",", -1)) {
            String[] stepped = item.split("/", -1);
            if (stepped.length > 2) {
                throw Schedule.invalid();
            }
            int step = stepped.length == 2 ? number(stepped[1], 1, Integer.MAX_VALUE, List.of(), 1) : 1;
            String range = stepped[0];
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] bounds = range.split("-", -1);
                if (bounds.length != 2) {
                    throw Schedule.invalid();
                }
                from = number(bounds[0], min, max, names, min);
                to = number(bounds[1], min, max, names, min);
            } else {
                from = number(range, min, max, names, min);
                to = stepped.length == 2 ? max : from;
            }
            addRange(values, from, to, step, min, max);
        }
        return values;
    }

    private static void addRange(BitSet values, int from, int to, int step, int min, int max) {
        int span = max - min + 1;
        int length = (to - from + span) % span; // a range such as FRI-MON or NOV-FEB wraps around
        for (int offset = 0; offset <= length; offset += step) {
            values.set(min + (from - min + offset) % span);
        }
    }

    static int number(String text, int min, int max, List<String> names, int firstNameValue) {
        int index = names.indexOf(text.toUpperCase(java.util.Locale.ROOT));
        if (index >= 0) {
            return firstNameValue + index;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Schedule.invalid();
    }
}
