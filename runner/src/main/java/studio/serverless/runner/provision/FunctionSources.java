package studio.serverless.runner.provision;

import studio.serverless.model.diagram.Service;

/** Finds the code and variables of a diagram's function (see {@link FunctionSource}). */
@FunctionalInterface
public interface FunctionSources {

    /** The source of {@code function}, a service of kind {@code LAMBDA_FUNCTION}. */
    FunctionSource of(Service function);
}
