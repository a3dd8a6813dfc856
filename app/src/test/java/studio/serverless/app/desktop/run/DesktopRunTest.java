package studio.serverless.app.desktop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A failed start is reported with the last lines its tools printed, which often say why. */
class DesktopRunTest {

    @Test
    void aFailureWithoutOutputIsReportedAsItIs() {
        assertEquals("Starting the APIs failed: cannot listen", DesktopRun.withLastOutput(
                "Starting the APIs failed: cannot listen", List.of()));
    }

    @Test
    void onlyTheLastEightLinesOfOutputFollowTheFailure() {
        List<String> output = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).toList();

        String report = DesktopRun.withLastOutput("Building Java functions failed: boom", output);

        assertEquals("Building Java functions failed: boom\n\nLast output:\n" + String.join("\n",
                output.subList(12, 20)), report);
    }
}
