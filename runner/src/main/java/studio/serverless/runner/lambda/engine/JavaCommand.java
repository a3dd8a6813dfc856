package studio.serverless.runner.lambda.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import studio.serverless.runner.lambda.javaruntime.JavaRuntimeMain;

/**
 * The command that starts a Java function's JVM: the running JDK's {@code java} (else {@code JAVA_HOME}'s, else the
 * one on the PATH) with the flags AWS's Java runtimes use for fast starts (C1 only, serial GC, class data sharing),
 * a heap of 85 % of the function's memory, and a class path of the runtime client, the function's own entries and,
 * last, the runner's Jackson for functions that bring none.
 */
final class JavaCommand {

    private JavaCommand() {
    }

    /**
     * The command for {@code function}, whose runtime client classes are in {@code clientFolder}.
     *
     * @throws IOException when the code folder holds no compiled Java code
     */
    static List<String> of(FunctionConfiguration function, Path clientFolder) throws IOException {
        Set<Path> classPath = new LinkedHashSet<>();
        classPath.add(clientFolder);
        classPath.addAll(JavaClasspath.of(function.codeFolder()));
        for (Class<?> jackson : List.of(ObjectMapper.class, JsonParser.class, JsonProperty.class)) {
            location(jackson.getProtectionDomain().getCodeSource()).ifPresent(classPath::add);
        }
        List<String> command = new ArrayList<>(List.of(java(), "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-Xss512k", "-Xmx" + function.memoryMegabytes() * 85 / 100 + "m",
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(JavaRuntimeMain.class.getName());
        return command;
    }

    /** The {@code java} program: the running JDK's, else {@code JAVA_HOME}'s, else the PATH's. */
    static String java() {
        String program = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                ? "java.exe" : "java";
        for (String home : new String[] {System.getProperty("java.home"), System.getenv("JAVA_HOME")}) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", program))) {
                return Path.of(home, "bin", program).toString();
            }
        }
        return program;
    }

    private static Optional<Path> location(CodeSource source) {
        try {
            return source == null || source.getLocation() == null
                    || !"file".equals(source.getLocation().getProtocol()) ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
