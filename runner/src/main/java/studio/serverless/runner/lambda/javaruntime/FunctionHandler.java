package studio.serverless.runner.lambda.javaruntime;

/** A loaded handler: one call per invocation, from the payload's bytes to the response's bytes. */
interface FunctionHandler {

    /**
     * Calls the handler.
     *
     * @throws Throwable whatever the handler threw, possibly wrapped in an
     *                   {@link java.lang.reflect.InvocationTargetException}
     */
    byte[] handle(byte[] payload, LocalContext context) throws Throwable;
}
