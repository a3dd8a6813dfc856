package studio.serverless.codegen.handler;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Lambda enters a function's code: for Python and Node.js a module (file) and the function it exports
 * ({@code app.handler}: {@code app.py} or {@code app.mjs}, function {@code handler}); for Java a class and its
 * {@code handleRequest} method ({@code app.Handler::handleRequest}). Only handlers that name a plain module and an
 * identifier that the generated code does not use itself are accepted, so no handler setting can inject code.
 *
 * @param module   the module's file name without extension, or the Java class's fully qualified name
 * @param function the function's (or Java method's) name
 */
public record EntryPoint(String module, String function) {

    private static final Pattern MODULE_FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_$][A-Za-z0-9_$]*)");
    private static final Pattern JAVA_HANDLER = Pattern.compile(
            "((?:[a-z_][A-Za-z0-9_]*\\.)+)([A-Z][A-Za-z0-9_]*)(?:::handleRequest)?");
    private static final Set<String> PYTHON_TAKEN = Set.of("and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield", "None", "True", "False", "json", "os", "base64", "hashlib", "urllib", "boto3",
            "botocore", "sys", "unittest", "tests", "dynamodb", "s3", "sqs", "sns", "kinesis", "stepfunctions");
    private static final Set<String> JAVASCRIPT_TAKEN = Set.of("break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false",
            "finally", "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let",
            "new", "null", "package", "private", "protected", "public", "return", "static", "super", "switch",
            "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "await", "async",
            "arguments", "eval", "undefined", "clients", "process", "console", "JSON", "Buffer", "crypto");
    /** The JavaScript names the generated module defines or imports itself. */
    private static final Pattern JAVASCRIPT_INTERNAL = Pattern.compile("eventSource|parse|handle[A-Z].*"
            + "|processPayload|keyOf.*|getItem.*|query.*|putItem.*|getObject.*|putObject.*|sendMessage.*|publish.*"
            + "|putRecord.*|startExecution.*|createHash|.*Command|.*Client");
    /** Simple names a Java handler class cannot have: the types the generated class and its test import. */
    private static final Pattern JAVA_IMPORTED = Pattern.compile("Context|RequestHandler|Map|List|ArrayList|HashMap"
            + "|LinkedHashMap|Base64|Function|ObjectMapper|JsonProcessingException|UncheckedIOException|ByteBuffer"
            + "|StandardCharsets|MessageDigest|NoSuchAlgorithmException|SdkBytes|RequestBody|ResponseBytes|Test"
            + "|AttributeValue|StreamRecord|.*(Client|Request|Response|Event|Record|Notification)|Fake.*");
    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
            "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits");

    /** The entry point a handler setting names in this language, if it is one the generator accepts. */
    public static Optional<EntryPoint> parse(Language language, String handler) {
        return switch (language) {
            case PYTHON -> moduleFunction(handler, PYTHON_TAKEN);
            case NODEJS -> moduleFunction(handler, JAVASCRIPT_TAKEN)
                    .filter(entry -> !JAVASCRIPT_INTERNAL.matcher(entry.function()).matches());
            case JAVA -> javaClass(handler);
        };
    }

    /** The entry point of the language's default handler. */
    public static EntryPoint defaultFor(Language language) {
        return parse(language, language.defaultHandler()).orElseThrow();
    }

    /** The Java package of the class (for Java entry points). */
    public String packageName() {
        return module.substring(0, module.lastIndexOf('.'));
    }

    /** The simple name of the class (for Java entry points). */
    public String simpleName() {
        return module.substring(module.lastIndexOf('.') + 1);
    }

    private static Optional<EntryPoint> moduleFunction(String handler, Set<String> taken) {
        Matcher matcher = MODULE_FUNCTION.matcher(handler);
        if (!matcher.matches() || taken.contains(matcher.group(1)) || taken.contains(matcher.group(2))
                || matcher.group(1).startsWith("test") || matcher.group(2).startsWith("_")) {
            return Optional.empty();
        }
        return Optional.of(new EntryPoint(matcher.group(1), matcher.group(2)));
    }

    private static Optional<EntryPoint> javaClass(String handler) {
        Matcher matcher = JAVA_HANDLER.matcher(handler);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String className = matcher.group(1) + matcher.group(2);
        if (JAVA_IMPORTED.matcher(matcher.group(2)).matches()) {
            return Optional.empty();
        }
        for (String part : className.split("\\.")) {
            if (JAVA_KEYWORDS.contains(part) || part.startsWith("java")) {
                return Optional.empty();
            }
        }
        return Optional.of(new EntryPoint(className, "handleRequest"));
    }
}
