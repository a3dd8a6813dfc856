package studio.serverless.runner.events.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * AWS's six-field cron, in UTC: {@code minutes hours day-of-month month day-of-week year}. Exactly one of
 * day-of-month and day-of-week must be {@code ?}, as AWS requires.
 */
final class CronSchedule implements Schedule {

    private static final int LAST_YEAR = 2199;

    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet months;
    private final BitSet years;
    private final Predicate<LocalDate> dayOfMonth;
    private final Predicate<LocalDate> dayOfWeek;

    private CronSchedule(String[] fields) {
        minutes = CronField.parse(fields[0], 0, 59, List.of());
        hours = CronField.parse(fields[1], 0, 23, List.of());
        dayOfMonth = CronDays.dayOfMonth(fields[2]);
        months = CronField.parse(fields[3], 1, 12, CronField.MONTHS);
        dayOfWeek = CronDays.dayOfWeek(fields[4]);
        years = CronField.parse(fields[5], 1970, LAST_YEAR, List.of());
    }

    static CronSchedule parse(String body) {
        String[] fields = body.trim().split("\\s+");
        if (fields.length != 6 || fields[2].equals("?") == fields[4].equals("?")) {
            throw Schedule.invalid();
        }
        try {
            return new CronSchedule(fields);
        } catch (RuntimeException e) {
            if (e instanceof EventsException) {
                throw e;
            }
            throw Schedule.invalid();
        }
    }

    @Override
    public Instant nextAfter(Instant after) {
        LocalDateTime start = LocalDateTime.ofInstant(after, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        LocalDate date = start.toLocalDate();
        while (date.getYear() <= LAST_YEAR) {
            if (!years.get(date.getYear())) {
                date = LocalDate.of(date.getYear() + 1, 1, 1);
            } else if (!months.get(date.getMonthValue())) {
                date = date.withDayOfMonth(1).plusMonths(1);
            } else if (dayOfMonth.test(date) && dayOfWeek.test(date)) {
                LocalDateTime time = firstTimeOn(date, date.equals(start.toLocalDate()) ? start : null);
                if (time != null) {
                    return time.toInstant(ZoneOffset.UTC);
                }
                date = date.plusDays(1);
            } else {
                date = date.plusDays(1);
            }
        }
        return null;
    }

    private LocalDateTime firstTimeOn(LocalDate date, LocalDateTime notBefore) {
        int fromMinuteOfDay = notBefore == null ? 0 : notBefore.getHour() * 60 + notBefore.getMinute();
        for (int hour = hours.nextSetBit(fromMinuteOfDay / 60); hour >= 0; hour = hours.nextSetBit(hour + 1)) {
            int firstMinute = hour == fromMinuteOfDay / 60 ? fromMinuteOfDay % 60 : 0;
            int minute = minutes.nextSetBit(firstMinute);
            if (minute >= 0) {
                return date.atTime(hour, minute);
            }
        }
        return null;
    }
}
