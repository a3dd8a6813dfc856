package studio.serverless.runner.events.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The day fields of a cron expression. Day-of-month: values and ranges, {@code L} (the last day), {@code nW} (the
 * weekday nearest day n, within the month) and {@code LW} (the last weekday). Day-of-week (1 = SUN to 7 = SAT, or
 * names): values and ranges, {@code nL} (the last such day of the month) and {@code n#k} (the k-th such day).
 * {@code ?} and {@code *} allow any day.
 */
final class CronDays {

    private CronDays() {
    }

    static Predicate<LocalDate> dayOfMonth(String text) {
        if (text.equals("?") || text.equals("*")) {
            return date -> true;
        }
        List<Predicate<LocalDate>> parts = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (item.equals("L")) {
                parts.add(date -> date.equals(date.with(TemporalAdjusters.lastDayOfMonth())));
            } else if (item.equals("LW")) {
                parts.add(date -> date.equals(nearestWeekday(date.with(TemporalAdjusters.lastDayOfMonth()))));
            } else if (item.endsWith("W")) {
                int day = CronField.number(item.substring(0, item.length() - 1), 1, 31, List.of(), 1);
                parts.add(date -> day <= date.lengthOfMonth() && date.equals(nearestWeekday(date.withDayOfMonth(day))));
            } else {
                BitSet days = CronField.parse(item, 1, 31, List.of());
                parts.add(date -> days.get(date.getDayOfMonth()));
            }
        }
        return date -> parts.stream().anyMatch(part -> part.test(date));
    }

    static Predicate<LocalDate> dayOfWeek(String text) {
        if (text.equals("?") || text.equals("*")) {
            return date -> true;
        }
        List<Predicate<LocalDate>> parts = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (item.equals("L")) {
                parts.add(date -> date.getDayOfWeek() == DayOfWeek.SATURDAY);
            } else if (item.endsWith("L")) {
                DayOfWeek day = day(item.substring(0, item.length() - 1));
                parts.add(date -> date.equals(date.with(TemporalAdjusters.lastInMonth(day))));
            } else if (item.contains("#")) {
                String[] parts2 = item.split("#", -1);
                DayOfWeek day = day(parts2[0]);
                int ordinal = CronField.number(parts2[1], 1, 5, List.of(), 1);
                parts.add(date -> date.equals(date.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day))));
            } else {
                BitSet days = CronField.parse(item, 1, 7, CronField.DAYS);
                parts.add(date -> days.get(date.getDayOfWeek().getValue() % 7 + 1));
            }
        }
        return date -> parts.stream().anyMatch(part -> part.test(date));
    }

    private static DayOfWeek day(String text) {
        int cronDay = CronField.number(text, 1, 7, CronField.DAYS, 1);
        return DayOfWeek.SUNDAY.plus(cronDay - 1L);
    }

    private static LocalDate nearestWeekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.getDayOfMonth() == 1 ? date.plusDays(2) : date.minusDays(1);
            case SUNDAY -> date.getDayOfMonth() == date.lengthOfMonth() ? date.minusDays(2) : date.plusDays(1);
            default -> date;
        };
    }
}
