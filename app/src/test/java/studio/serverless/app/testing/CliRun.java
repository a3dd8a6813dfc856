package studio.serverless.app.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import picocli.CommandLine;

/**
 * The result of running the command line in process.
 *
 * @param exitCode what the process would exit with
 * @param out      the lines written to standard output
 * @param err      the lines written to standard error
 */
public record CliRun(int exitCode, List<String> out, List<String> err) {

    /** Runs the command line with the arguments, capturing its output. */
    public static CliRun of(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new CliRun(exitCode, lines(out), lines(err));
    }

    private static List<String> lines(StringWriter writer) {
        String text = writer.toString();
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }
}
