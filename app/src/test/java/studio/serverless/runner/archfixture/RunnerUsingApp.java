package studio.serverless.runner.archfixture;

import studio.serverless.app.Main;

/** A runner class that wrongly knows the app. */
public final class RunnerUsingApp {
    Main app;
}
