package studio.serverless.runner.events.api;

import studio.serverless.runner.events.engine.EventsException;

/** NextToken handling: the token is the next page's start index. */
final class Paging {

    private Paging() {
    }

    static int start(String nextToken, int size) {
        if (nextToken == null) {
            return 0;
        }
        try {
            int start = Integer.parseInt(nextToken);
            if (start >= 0 && start <= size) {
                return start;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw EventsException.validation("The NextToken is not valid.");
    }
}
