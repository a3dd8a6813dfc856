package studio.serverless.canvas.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.model.catalog.PropertySpec;

class PropertyInputTest {

    private static final PropertySpec MEMORY = PropertySpec.integer("memorySize", "Memory (MB)", 128, 128, 10240,
            "Memory.");
    private static final PropertySpec RESERVED = PropertySpec.optionalInteger("reservedConcurrency",
            "Reserved concurrency", 0, 1000, "Copies.");
    private static final PropertySpec ARCHITECTURE = PropertySpec.choice("architecture", "Architecture", "x86_64",
            List.of("x86_64", "arm64"), "Processor.");
    private static final PropertySpec EVENTS = PropertySpec.textList("events", "Events", List.of("s3:ObjectCreated:*"),
            List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*"), "Events.");
    private static final PropertySpec FIFO = PropertySpec.bool("fifo", "FIFO", false, "Order.");

    @Test
    void aWholeNumberWithinTheLimitsIsAccepted() {
        assertEquals(new InputResult.Accepted(1024), PropertyInput.parse(MEMORY, " 1024 "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20000 | Memory (MB) must be from 128 to 10240; 20000 is out of range.",
        "64    | Memory (MB) must be from 128 to 10240; 64 is out of range.",
        "lots  | Memory (MB) takes a whole number from 128 to 10240; 'lots' is not one.",
        "1.5   | Memory (MB) takes a whole number from 128 to 10240; '1.5' is not one."})
    void badNumbersAreRefusedWithTheAllowedRange(String typed, String message) {
        assertEquals(new InputResult.Refused(message), PropertyInput.parse(MEMORY, typed));
    }

    @Test
    void anEmptyRequiredNumberIsRefusedButAnOptionalOneIsUnset() {
        assertEquals(new InputResult.Refused("Memory (MB) cannot be empty; a whole number from 128 to 10240."),
                PropertyInput.parse(MEMORY, ""));
        assertEquals(new InputResult.Accepted(null), PropertyInput.parse(RESERVED, "  "));
    }

    @Test
    void aChoiceOutsideTheListIsRefusedNamingTheChoices() {
        assertEquals(new InputResult.Accepted("arm64"), PropertyInput.parse(ARCHITECTURE, "arm64"));
        assertEquals(new InputResult.Refused("Architecture is 'sparc'; expected one of x86_64, arm64."),
                PropertyInput.parse(ARCHITECTURE, "sparc"));
    }

    @Test
    void aListIsCommaSeparatedAndEachValueMustBeAllowed() {
        assertEquals(new InputResult.Accepted(List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*")),
                PropertyInput.parse(EVENTS, "s3:ObjectCreated:*, s3:ObjectRemoved:*"));
        assertEquals(new InputResult.Refused("Events has 's3:Nope'; expected values from s3:ObjectCreated:*,"
                + " s3:ObjectRemoved:*."), PropertyInput.parse(EVENTS, "s3:Nope"));
    }

    @Test
    void aSwitchTakesTrueOrFalse() {
        assertEquals(new InputResult.Accepted(true), PropertyInput.parse(FIFO, "true"));
        assertEquals(new InputResult.Refused("FIFO is yes or no, not 'maybe'."), PropertyInput.parse(FIFO, "maybe"));
    }
}
