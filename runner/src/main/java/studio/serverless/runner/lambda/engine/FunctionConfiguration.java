package studio.serverless.runner.lambda.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A function as the engine runs it.
 *
 * @param name                the function name ({@code [a-zA-Z0-9-_]{1,64}})
 * @param runtime             the Lambda runtime id: {@code python3.13}, {@code nodejs22.x}, {@code provided.al2023}...
 * @param handler             the handler ({@code app.handler}); ignored by custom runtimes except as {@code _HANDLER}
 * @param codeFolder          the folder with the handler's code ({@code LAMBDA_TASK_ROOT})
 * @param memoryMegabytes     the memory size, 128 to 10,240 MB; a process using more is killed
 * @param timeout             the timeout, 1 to 900 seconds
 * @param reservedConcurrency how many environments may run at once; more concurrent invocations are throttled,
 *                            and 0 throttles every invocation (AWS's way to switch a function off)
 * @param environment         extra environment variables ({@code AWS_ENDPOINT_URL}, {@code TABLE_NAME}...)
 */
public record FunctionConfiguration(String name, String runtime, String handler, Path codeFolder,
        int memoryMegabytes, Duration timeout, int reservedConcurrency, Map<String, String> environment) {

    /** AWS's default memory size. */
    public static final int DEFAULT_MEMORY_MEGABYTES = 128;
    /** AWS's default timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    /** Environments per function when no reserved concurrency is set: enough for a laptop. */
    public static final int DEFAULT_CONCURRENCY = 10;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    /**
     * Checks every value.
     *
     * @throws IllegalArgumentException naming the value, where it is wrong and what is expected
     */
    public FunctionConfiguration {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(codeFolder, "codeFolder");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("function name '" + name + "': expected 1-64 letters, digits, - or _");
        }
        require(memoryMegabytes >= 128 && memoryMegabytes <= 10_240, name, "memory " + memoryMegabytes
                + " MB: expected 128 to 10240");
        require(!timeout.isNegative() && timeout.toMillis() >= 1 && timeout.toSeconds() <= 900, name,
                "timeout " + timeout + ": expected 1 to 900 seconds");
        require(reservedConcurrency >= 0, name, "reserved concurrency " + reservedConcurrency + ": expected >= 0");
        environment = Map.copyOf(environment);
    }

    /** A function with AWS's default memory and timeout, {@link #DEFAULT_CONCURRENCY} and no extra variables. */
    public static FunctionConfiguration of(String name, String runtime, String handler, Path codeFolder) {
        return new FunctionConfiguration(name, runtime, handler, codeFolder, DEFAULT_MEMORY_MEGABYTES,
                DEFAULT_TIMEOUT, DEFAULT_CONCURRENCY, Map.of());
    }

    /** This function with another timeout. */
    public FunctionConfiguration withTimeout(Duration newTimeout) {
        return new FunctionConfiguration(name, runtime, handler, codeFolder, memoryMegabytes, newTimeout,
                reservedConcurrency, environment);
    }

    /** This function with another memory size. */
    public FunctionConfiguration withMemory(int megabytes) {
        return new FunctionConfiguration(name, runtime, handler, codeFolder, megabytes, timeout,
                reservedConcurrency, environment);
    }

    /** This function with another reserved concurrency. */
    public FunctionConfiguration withReservedConcurrency(int concurrency) {
        return new FunctionConfiguration(name, runtime, handler, codeFolder, memoryMegabytes, timeout,
                concurrency, environment);
    }

    /** This function with these extra environment variables. */
    public FunctionConfiguration withEnvironment(Map<String, String> variables) {
        return new FunctionConfiguration(name, runtime, handler, codeFolder, memoryMegabytes, timeout,
                reservedConcurrency, variables);
    }

    private static void require(boolean valid, String function, String problem) {
        if (!valid) {
            throw new IllegalArgumentException("function " + function + ": " + problem);
        }
    }
}
