package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.Catcher;
import studio.serverless.runner.stepfunctions.language.ErrorHandling;
import studio.serverless.runner.stepfunctions.language.Retrier;

/**
 * Retry and Catch for one state entry: the first retrier whose ErrorEquals matches decides whether to retry
 * (and after how long); when it does not, the first matching catcher decides where to go; else the branch fails.
 * {@code States.Runtime} and {@code States.DataLimitExceeded} are never retried or caught.
 */
final class ErrorRecovery {

    private final StateEntry entry;
    private final int[] attempts;
    private int retryCount;

    ErrorRecovery(StateEntry entry) {
        this.entry = entry;
        this.attempts = new int[handling().retriers().size()];
    }

    int retryCount() {
        return retryCount;
    }

    void handle(StatesFailure failure) {
        if (!ErrorNames.isTerminal(failure.error()) && (retried(failure) || caught(failure))) {
            return;
        }
        entry.branch().fail(failure);
    }

    private boolean retried(StatesFailure failure) {
        List<Retrier> retriers = handling().retriers();
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (matches(retrier.errorEquals(), failure.error())) {
                if (attempts[i] >= retrier.maxAttempts()) {
                    return false;
                }
                Duration delay = delay(retrier, attempts[i]++);
                retryCount++;
                entry.run().at(entry.run().now().plus(delay), entry::attempt);
                return true;
            }
        }
        return false;
    }

    private boolean caught(StatesFailure failure) {
        for (Catcher catcher : handling().catchers()) {
            if (matches(catcher.errorEquals(), failure.error())) {
                ObjectNode errorOutput = JsonNodeFactory.instance.objectNode();
                errorOutput.put("Error", failure.error());
                if (failure.cause() != null) {
                    errorOutput.put("Cause", failure.cause());
                }
                entry.caught(catcher, errorOutput);
                return true;
            }
        }
        return false;
    }

    static Duration delay(Retrier retrier, int attempt) {
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt);
        if (retrier.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, retrier.maxDelaySeconds());
        }
        if (retrier.fullJitter()) {
            seconds = ThreadLocalRandom.current().nextDouble() * seconds;
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static boolean matches(List<String> errorEquals, String error) {
        return errorEquals.stream().anyMatch(name -> ErrorNames.matches(name, error == null ? "" : error));
    }

    private ErrorHandling handling() {
        return StateBehaviours.errorHandling(entry.state());
    }
}
