package studio.serverless.app.desktop.run.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class FunctionLogViewModelTest {

    private final FunctionLogViewModel logs = new FunctionLogViewModel(5);

    @Test
    void linesAppearOnlyWhenDrainedAndEveryFunctionCanBeChosen() {
        logs.accept("orders", "START RequestId: 1 Version: $LATEST");
        logs.accept("billing", "charging");

        assertEquals(0, logs.shownLines().size(), "nothing reaches the view before the pulse");
        logs.drainPending();

        assertEquals(List.of("orders", "billing"), logs.shownLines().stream().map(LogLine::function).toList());
        assertEquals(List.of(FunctionLogViewModel.ALL_FUNCTIONS, "billing", "orders"), logs.functions());
    }

    @Test
    void choosingAFunctionAndAFilterShowsItsMatchingLinesInAnyCase() {
        logs.accept("orders", "Saved order 1");
        logs.accept("orders", "REPORT RequestId: 1\tDuration: 2.00 ms");
        logs.accept("billing", "saved invoice");
        logs.drainPending();

        logs.selectedFunctionProperty().set("orders");
        logs.filterTextProperty().set("SAVED");

        assertEquals(List.of(new LogLine("orders", "Saved order 1")), logs.shownLines());
        logs.selectedFunctionProperty().set(FunctionLogViewModel.ALL_FUNCTIONS);
        assertEquals(2, logs.shownLines().size());
    }

    @Test
    void onlyTheLastLinesAreKept() {
        for (int i = 1; i <= 7; i++) {
            logs.accept("orders", "line " + i);
            if (i == 3) {
                logs.drainPending();
            }
        }
        logs.drainPending();

        assertEquals(5, logs.keptLines());
        assertEquals("line 3", logs.shownLines().get(0).text());
        assertEquals("line 7", logs.shownLines().get(4).text());
    }

    @Test
    void closingStopsListeningToTheSource() {
        HandFedLogs source = new HandFedLogs();
        logs.listenTo(source);
        source.send("orders", "before");
        logs.close();

        assertEquals(null, source.listener);
        logs.drainPending();
        assertEquals(1, logs.keptLines());
    }

    @Test
    void theServicesLinesAreToldApartFromTheHandlers() {
        assertTrue(new LogLine("f", "END RequestId: 1").fromService());
        assertTrue(new LogLine("f", "REPORT RequestId: 1\tDuration: 1.00 ms").fromService());
        assertFalse(new LogLine("f", "STARTING the engine").fromService());
    }

    private static final class HandFedLogs implements LogSource {
        private BiConsumer<String, String> listener;

        @Override
        public AutoCloseable listen(BiConsumer<String, String> newListener) {
            listener = newListener;
            return () -> listener = null;
        }

        void send(String function, String line) {
            listener.accept(function, line);
        }
    }
}
