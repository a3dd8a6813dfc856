package studio.serverless.model.validation.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EventBridge's schedule expressions: {@code rate(N unit)} and {@code cron(minutes hours day-of-month month
 * day-of-week year)}. Checks the shape AWS requires, not the range of each cron field.
 */
final class ScheduleExpression {

    /** The accepted syntax, in words, for messages. */
    static final String SYNTAX = "rate(N unit) with N a positive whole number and unit minute, hour or day"
            + " (minutes, hours, days when N is not 1), e.g. rate(5 minutes), or cron(minutes hours day-of-month"
            + " month day-of-week year) with exactly one of day-of-month and day-of-week set to ?, e.g."
            + " cron(0 12 * * ? *)";

    private static final Pattern RATE = Pattern.compile("rate\\((\\S+) (\\S+)\\)");
    private static final Pattern POSITIVE_NUMBER = Pattern.compile("[1-9][0-9]*");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final int DAY_OF_MONTH = 2;
    private static final int DAY_OF_WEEK = 4;

    private ScheduleExpression() {
    }

    /** What is wrong with an expression, or empty when EventBridge accepts its shape. */
    static Optional<String> problem(String expression) {
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            return rateProblem(rate.group(1), rate.group(2));
        }
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            return cronProblem(cron.group(1).trim());
        }
        return Optional.of("'" + expression + "' is neither a rate(...) nor a cron(...) expression.");
    }

    private static Optional<String> rateProblem(String value, String unit) {
        if (!POSITIVE_NUMBER.matcher(value).matches()) {
            return Optional.of("the rate value '" + value + "' is not a positive whole number.");
        }
        boolean one = value.equals("1");
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        if (!singular.equals("minute") && !singular.equals("hour") && !singular.equals("day")) {
            return Optional.of("the rate unit '" + unit + "' is not minute(s), hour(s) or day(s).");
        }
        String expected = one ? singular : singular + "s";
        if (!unit.equals(expected)) {
            return Optional.of("a rate of " + value + " needs the unit '" + expected + "', not '" + unit + "'.");
        }
        return Optional.empty();
    }

    private static Optional<String> cronProblem(String body) {
        String[] fields = body.isEmpty() ? new String[0] : body.split("\\s+");
        if (fields.length != 6) {
            return Optional.of("a cron expression has 6 fields (minutes hours day-of-month month day-of-week"
                    + " year), but this one has " + fields.length + ".");
        }
        for (int field = 0; field < fields.length; field++) {
            if (fields[field].contains("?") && field != DAY_OF_MONTH && field != DAY_OF_WEEK) {
                return Optional.of("? is allowed only in day-of-month and day-of-week, but field " + (field + 1)
                        + " is '" + fields[field] + "'.");
            }
        }
        boolean monthOpen = fields[DAY_OF_MONTH].equals("?");
        boolean weekOpen = fields[DAY_OF_WEEK].equals("?");
        if (monthOpen == weekOpen) {
            return Optional.of("exactly one of day-of-month ('" + fields[DAY_OF_MONTH] + "') and day-of-week ('"
                    + fields[DAY_OF_WEEK] + "') must be ?.");
        }
        return Optional.empty();
    }
}
