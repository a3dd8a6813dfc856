package studio.serverless.codegen.handler;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages handler code is generated in, each with the runtime a function gets when the language is chosen
 * over the diagram's runtime, and the handler Lambda calls when the diagram's one does not fit the language.
 */
public enum Language {
    /** Python 3 with boto3. */
    PYTHON("python", "python3.13", "app.handler"),
    /** Node.js with ES modules and the AWS SDK for JavaScript v3. */
    NODEJS("nodejs", "nodejs22.x", "app.handler"),
    /** Java with the AWS SDK for Java v2 and the Lambda Java libraries. */
    JAVA("java", "java21", "app.Handler::handleRequest");

    private final String id;
    private final String defaultRuntime;
    private final String defaultHandler;

    Language(String id, String defaultRuntime, String defaultHandler) {
        this.id = id;
        this.defaultRuntime = defaultRuntime;
        this.defaultHandler = defaultHandler;
    }

    /** The id used on the command line and as the template folder, e.g. {@code nodejs}. */
    public String id() {
        return id;
    }

    /** The Lambda runtime a function gets when this language is chosen for it. */
    public String defaultRuntime() {
        return defaultRuntime;
    }

    /** The handler setting of generated code when the diagram's one does not fit. */
    public String defaultHandler() {
        return defaultHandler;
    }

    /** The language of a Lambda runtime id ({@code python3.13}, {@code nodejs22.x}, {@code java21}), if known. */
    public static Optional<Language> ofRuntime(String runtime) {
        String lower = runtime.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(language -> lower.startsWith(language.id)).findFirst();
    }

    /** The language with this id, if any. */
    public static Optional<Language> byId(String id) {
        return Arrays.stream(values()).filter(language -> language.id.equals(id)).findFirst();
    }
}
