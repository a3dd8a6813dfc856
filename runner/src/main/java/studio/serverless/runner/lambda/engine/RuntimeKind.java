package studio.serverless.runner.lambda.engine;

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
    /** {@code java*}: not run locally yet. */
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

    /** The command that starts an environment's runtime process. */
    List<String> command(FunctionConfiguration function, Path bootstrapFolder) {
        return switch (this) {
            case PYTHON -> List.of(Interpreters.python(), "-u", bootstrapFolder.resolve("bootstrap.py").toString());
            case NODE -> List.of(Interpreters.node(), "--max-old-space-size=" + function.memoryMegabytes() * 9 / 10,
                    bootstrapFolder.resolve("bootstrap.mjs").toString());
            case CUSTOM -> List.of(function.codeFolder().resolve("bootstrap").toAbsolutePath().toString());
            case JAVA -> throw new UnsupportedOperationException("java runtimes are not run locally yet");
        };
    }

    /** Whether the runtime prints the end-of-invocation marker, so logs can be closed without a race. */
    boolean marksInvocationEnd() {
        return this == PYTHON || this == NODE;
    }
}
