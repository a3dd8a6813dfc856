package studio.serverless.app.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a mistake on the command line in one line plus a hint, instead of picocli's default of printing the
 * whole usage help, which buries the one line that matters.
 */
public final class ShortUsageErrorHandler implements IParameterExceptionHandler {

    /** Prints the mistake, any "did you mean" suggestions and where to find help; returns the usage exit code. */
    @Override
    public int handleParseException(ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + mistake.getMessage());
        UnmatchedArgumentException.printSuggestions(mistake, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
