package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import studio.serverless.runner.lambda.runtime.RuntimeApiServer;
import studio.serverless.runner.lambda.runtime.RuntimeSession;

/** Starts execution environments: a Runtime API server, then the runtime process pointed at it. */
final class EnvironmentLauncher {

    private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final String region;
    private final FunctionAccessKeys accessKeys;
    private final FunctionLogListeners listeners = new FunctionLogListeners();
    private final AtomicReference<Map<String, String>> sharedVariables = new AtomicReference<>(Map.of());
    private volatile Duration initLimit = InvocationWatch.INIT_LIMIT;

    EnvironmentLauncher(String region, FunctionAccessKeys accessKeys) {
        this.region = region;
        this.accessKeys = accessKeys;
    }

    FunctionLogListeners logListeners() {
        return listeners;
    }

    /** Shortens (tests) the init phase's first limit for environments started from now on. */
    void useInitLimit(Duration limit) {
        initLimit = Objects.requireNonNull(limit);
    }

    void useSharedVariables(Map<String, String> variables) {
        sharedVariables.set(Map.copyOf(variables));
    }

    /**
     * Starts an environment for {@code function}; its init phase runs while the first invocation waits.
     *
     * @throws IOException when the code folder is missing or the runtime's program cannot be started
     */
    ExecutionEnvironment launch(FunctionConfiguration function, String functionArn) throws IOException {
        Path code = function.codeFolder();
        if (!Files.isDirectory(code)) {
            throw new IOException("the code folder " + code.toAbsolutePath() + " of function " + function.name()
                    + " does not exist");
        }
        RuntimeKind kind = RuntimeKind.of(function.runtime());
        Path bootstrap = BootstrapFiles.folder();
        RuntimeSession session = new RuntimeSession();
        RuntimeApiServer server = RuntimeApiServer.start(session);
        try {
            ProcessBuilder builder = new ProcessBuilder(kind.command(function, bootstrap))
                    .directory(code.toFile()).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(sharedVariables.get());
            builder.environment().putAll(EnvironmentVariables.of(function, region, server.hostAndPort(),
                    logStreamName(), bootstrap, accessKeys.keyOf(function.name())));
            long started = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            EnvironmentOutput output = new EnvironmentOutput(function.name(), listeners);
            output.readFrom(process.getInputStream());
            return new ExecutionEnvironment(function, functionArn, session, server, process, output,
                    new ExecutionEnvironment.Start(started, initLimit));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A log stream name as AWS makes them: {@code 2026/11/29/[$LATEST]} and 32 hex digits. */
    private static String logStreamName() {
        return LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE) + "/[$LATEST]"
                + UUID.randomUUID().toString().replace("-", "");
    }
}
