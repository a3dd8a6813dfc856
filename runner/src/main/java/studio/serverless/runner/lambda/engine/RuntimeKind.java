package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The families of Lambda runtimes and how the runner starts a process for each. */
enum RuntimeKind {
    /** {@code python3.x}: the shipped {@code bootstrap.py} on the machine's {@code python3}. */
    PYTHON,
    /** {@code nodejs*.x}: the shipped {@code bootstrap.mjs} on the machine's {@code node}. */
    NODE,
    /** {@code provided*}: the {@code bootstrap} executable in the code folder. */
    CUSTOM,
    /** {@code java*}: the shipped Java runtime client in a JVM, on the function's class path (see {@link JavaCommand}). */
    JAVA;

    static RuntimeKind of(String runtime) {
        String id = runtime.toLowerCase(Locale.ROOT);
        if (id.startsWith("python")) {
            return PYTHON;
        }
        if (id.startsWith("nodejs")) {
            return NODE;
        }
        if (id.startsWith("java")) {
            return JAVA;
        }
        if (id.startsWith("provided")) {
            return CUSTOM;
        }
        throw new IllegalArgumentException("runtime '" + runtime
                + "': expected python3.x, nodejsNN.x, javaNN or provided.al2023");
    }

    /**
     * The command that starts an environment's runtime process.
     *
     * @throws IOException when a Java function's code folder holds no compiled code
     */
    List<String> command(FunctionConfiguration function, Path bootstrapFolder) throws IOException {
        return switch (this) {
            case PYTHON -> List.of(Interpreters.python(), "-u", bootstrapFolder.resolve("bootstrap.py").toString());
            case NODE -> List.of(Interpreters.node(), "--max-old-space-size=" + function.memoryMegabytes() * 9 / 10,
                    bootstrapFolder.resolve("bootstrap.mjs").toString());
            case CUSTOM -> List.of(function.codeFolder().resolve("bootstrap").toAbsolutePath().toString());
            case JAVA -> JavaCommand.of(function, bootstrapFolder.resolve(BootstrapFiles.JAVA_CLIENT));
        };
    }

    /** Whether the runtime prints the end-of-invocation marker, so logs can be closed without a race. */
    boolean marksInvocationEnd() {
        return this != CUSTOM;
    }
}
