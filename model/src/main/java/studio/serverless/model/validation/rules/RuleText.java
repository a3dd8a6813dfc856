package studio.serverless.model.validation.rules;

import studio.serverless.model.diagram.Service;

/** Phrases the rules of this package share, so that every message names things the same way. */
final class RuleText {

    private RuleText() {
    }

    /** A service as messages name it, e.g. {@code SQS queue 'orders'}. */
    static String named(Service service) {
        return service.kind().displayName() + " '" + service.name() + "'";
    }

    /** Whether a queue or topic is FIFO, in words. */
    static String fifoWord(Service service) {
        return service.properties().bool("fifo") ? "FIFO" : "standard";
    }
}
