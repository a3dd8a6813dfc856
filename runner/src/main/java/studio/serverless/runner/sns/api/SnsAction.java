package studio.serverless.runner.sns.api;

import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.sns.engine.SnsEngine;

/** One SNS action's wire handling: read its parameters, call the engine, write the result. No logic. */
interface SnsAction {

    /** The action's name, as in {@code Action=<name>}. */
    String name();

    /** Runs the action, writing its result into {@code result}; engine errors propagate as SnsException. */
    void run(SnsInput input, SnsEngine engine, CallerIdentity caller, XmlResult result);
}
