package studio.serverless.canvas.archfixture;

import studio.serverless.runner.archfixture.RunnerUsingApp;

/** A canvas class that wrongly knows the runner. */
public final class CanvasUsingRunner {
    RunnerUsingApp runner;
}
