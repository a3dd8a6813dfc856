package studio.serverless.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimingsTest {

    private static final long MILLISECOND = 1_000_000L;

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Timings timings = Timings.ofNanos(4 * MILLISECOND, 1 * MILLISECOND, 3 * MILLISECOND, 2 * MILLISECOND);

        assertEquals(2.5, timings.medianMillis(), 1e-9);
    }

    @Test
    void p90IsTheNearestRankOfTheSortedDurations() {
        long[] durations = new long[20];
        for (int index = 0; index < durations.length; index++) {
            durations[index] = (20 - index) * MILLISECOND;
        }

        assertEquals(18.0, Timings.ofNanos(durations).p90Millis(), 1e-9);
    }

    @Test
    void noMeasurementsAreRefused() {
        assertThrows(IllegalArgumentException.class, Timings::ofNanos);
    }
}
