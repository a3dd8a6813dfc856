package studio.serverless.app.desktop.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.handler.Language;

/**
 * The language of the generated functions: each function's own runtime, or one language for all of them.
 *
 * @param language the one language, or empty for "as each function's runtime says"
 */
public record LanguageChoice(Optional<Language> language) {

    /** Every choice, "per runtime" first. */
    public static List<LanguageChoice> all() {
        List<LanguageChoice> choices = new ArrayList<>();
        choices.add(new LanguageChoice(Optional.empty()));
        for (Language language : Language.values()) {
            choices.add(new LanguageChoice(Optional.of(language)));
        }
        return List.copyOf(choices);
    }

    /** The generator's language policy for this choice. */
    public FunctionLanguages languages() {
        return language.map(FunctionLanguages::all).orElseGet(FunctionLanguages::perRuntime);
    }

    @Override
    public String toString() {
        return language.map(l -> switch (l) {
            case PYTHON -> "Python (every function)";
            case NODEJS -> "Node.js (every function)";
            case JAVA -> "Java (every function)";
        }).orElse("Each function's runtime");
    }
}
