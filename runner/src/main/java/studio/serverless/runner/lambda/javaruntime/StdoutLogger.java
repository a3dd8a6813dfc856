package studio.serverless.runner.lambda.javaruntime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/**
 * {@code context.getLogger()}: each message goes to standard output, which the runner files under the running
 * invocation. A message without a line break gets one, so two calls stay two log lines, as on AWS where each call
 * is one log event.
 */
final class StdoutLogger implements LambdaLogger {

    @Override
    public void log(String message) {
        String text = String.valueOf(message);
        System.out.print(text.endsWith("\n") ? text : text + "\n");
        System.out.flush();
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
