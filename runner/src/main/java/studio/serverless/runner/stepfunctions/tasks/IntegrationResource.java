package studio.serverless.runner.stepfunctions.tasks;

import java.util.Optional;

/**
 * A Task's Resource naming an optimized integration, {@code arn:aws:states:::SERVICE:ACTION[.PATTERN]}: e.g.
 * {@code dynamodb:putItem}, or {@code states:startExecution} with pattern {@code sync:2}. The pattern is empty for
 * request-response, else {@code sync}, {@code sync:2} or {@code waitForTaskToken}.
 *
 * @param service the service, e.g. {@code dynamodb}
 * @param action  the action, e.g. {@code putItem}
 * @param pattern the integration pattern after the dot, or empty
 */
record IntegrationResource(String service, String action, String pattern) {

    private static final String PREFIX = "arn:aws:states:::";

    /** The integration {@code resource} names, or empty when it is not an {@code arn:aws:states:::} resource. */
    static Optional<IntegrationResource> parse(String resource) {
        if (!resource.startsWith(PREFIX) || resource.indexOf(':', PREFIX.length()) < 0) {
            return Optional.empty();
        }
        String rest = resource.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String actionAndPattern = rest.substring(colon + 1);
        int dot = actionAndPattern.indexOf('.');
        return Optional.of(new IntegrationResource(rest.substring(0, colon),
                dot < 0 ? actionAndPattern : actionAndPattern.substring(0, dot),
                dot < 0 ? "" : actionAndPattern.substring(dot + 1)));
    }

    /** {@code service:action}, the key integrations are found by. */
    String key() {
        return service + ":" + action;
    }

    /** The resource without its pattern, as a request-response call names it. */
    String withoutPattern() {
        return PREFIX + key();
    }
}
