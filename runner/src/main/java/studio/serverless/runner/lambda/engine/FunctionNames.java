package studio.serverless.runner.lambda.engine;

/**
 * Reads a function name out of the forms the Lambda API accepts: {@code my-function}, {@code my-function:alias},
 * {@code 123456789012:function:my-function} and {@code arn:aws:lambda:us-east-1:123456789012:function:my-function}
 * (each optionally with {@code :version} or {@code :alias}). Versions and aliases all run {@code $LATEST} locally.
 */
public final class FunctionNames {

    private static final String FUNCTION_PART = ":function:";

    private FunctionNames() {
    }

    /** The bare function name in {@code nameOrArn}. */
    public static String nameOf(String nameOrArn) {
        String rest = nameOrArn;
        int function = rest.indexOf(FUNCTION_PART);
        if (function >= 0) {
            rest = rest.substring(function + FUNCTION_PART.length());
        }
        int qualifier = rest.indexOf(':');
        return qualifier < 0 ? rest : rest.substring(0, qualifier);
    }
}
