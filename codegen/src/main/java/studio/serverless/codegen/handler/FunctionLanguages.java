package studio.serverless.codegen.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studio.serverless.codegen.text.SourceText;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/**
 * Which language each function's code is generated in: its runtime's, or the one chosen for all functions
 * ({@code --lang}). A function whose handler setting does not fit that language gets the language's default
 * handler. {@link #align} applies the same choice to a copy of the diagram, so that the infrastructure targets
 * (which read runtime and handler from the diagram) always match the generated code.
 */
public final class FunctionLanguages {

    private final Optional<Language> override;

    private FunctionLanguages(Optional<Language> override) {
        this.override = override;
    }

    /** Each function in its runtime's language. */
    public static FunctionLanguages perRuntime() {
        return new FunctionLanguages(Optional.empty());
    }

    /** Every function in this language. */
    public static FunctionLanguages all(Language language) {
        return new FunctionLanguages(Optional.of(language));
    }

    /** The language a function's code is generated in; an unknown runtime counts as Python. */
    public Language languageOf(Service function) {
        return override.orElseGet(() -> Language.ofRuntime(function.properties().text("runtime"))
                .orElse(Language.PYTHON));
    }

    /** The entry point of a function's generated code. */
    public EntryPoint entryPointOf(Service function) {
        Language language = languageOf(function);
        return EntryPoint.parse(language, function.properties().text("handler"))
                .orElseGet(() -> EntryPoint.defaultFor(language));
    }

    /** What generating a function's code changes from the diagram, as sentences for the README. */
    public List<String> notes(Service function) {
        List<String> notes = new ArrayList<>();
        String runtime = function.properties().text("runtime");
        Language language = languageOf(function);
        if (!runtime.equals(runtimeOf(function))) {
            notes.add("runtime " + runtime + " became " + runtimeOf(function) + " (code generated in "
                    + language.id() + ")");
        }
        String handler = function.properties().text("handler");
        String generated = handlerOf(function);
        if (!handler.equals(generated)) {
            notes.add("handler " + SourceText.C_STYLE.comment(handler) + " does not fit " + language.id() + " (or names something the"
                    + " generated code uses itself); the code and the template use " + generated);
        }
        return notes;
    }

    /** A copy of the diagram whose functions have the runtime and handler of their generated code. */
    public Diagram align(Diagram diagram) {
        Diagram aligned = new Diagram();
        for (Service service : diagram.services()) {
            aligned.addService(service.kind() != ServiceKind.LAMBDA_FUNCTION ? service
                    : service.withProperty("runtime", runtimeOf(service)).withProperty("handler", handlerOf(service)));
        }
        for (Connection connection : diagram.connections()) {
            aligned.addConnection(connection);
        }
        return aligned;
    }

    private String runtimeOf(Service function) {
        String runtime = function.properties().text("runtime");
        Language language = languageOf(function);
        return Language.ofRuntime(runtime).filter(language::equals).isPresent() ? runtime
                : language.defaultRuntime();
    }

    private String handlerOf(Service function) {
        EntryPoint entryPoint = entryPointOf(function);
        return languageOf(function) == Language.JAVA ? entryPoint.module() + "::" + entryPoint.function()
                : entryPoint.module() + "." + entryPoint.function();
    }
}
