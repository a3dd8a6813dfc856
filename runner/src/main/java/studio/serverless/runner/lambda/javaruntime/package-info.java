/**
 * The Java runtime client: the program a {@code java17}/{@code java21}/{@code java25} function's JVM runs. It speaks
 * the Lambda Runtime API ({@code next}, {@code response}, {@code error}, {@code init/error}) over one kept-alive
 * socket, loads the handler named by {@code _HANDLER} ({@code package.Class} or {@code package.Class::method}) from
 * the function's class path, and calls it as AWS's Java runtime does: {@code RequestStreamHandler} with the raw
 * payload, {@code RequestHandler} and plain methods with the payload converted by Jackson to the declared type
 * (aws-lambda-java-events types included). These classes run only in that child JVM, never in the runner: the
 * engine copies the package's class files out of the runner's class path and starts {@link
 * studio.serverless.runner.lambda.javaruntime.JavaRuntimeMain} with them in front of the function's class path.
 * They may use only the JDK, Jackson and the Lambda Java libraries, which the function's class path brings.
 */
package studio.serverless.runner.lambda.javaruntime;
