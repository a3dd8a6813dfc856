/**
 * The test panel of a running diagram: for every entry point (an API route, a topic, a queue, a bucket, an
 * EventBridge bus, a state machine, a function) a form that sends one request and shows what came back. The
 * entry points and what sending means are plain classes ({@link studio.serverless.app.desktop.run.test.EntryPoints},
 * one {@link studio.serverless.app.desktop.run.test.EntryAction} per kind) sending through the real AWS SDK v2 to
 * the local cloud's endpoint and over HTTP to the APIs' ports, so the panel's requests travel the same way as
 * any client's; {@link studio.serverless.app.desktop.run.test.EntryFormViewModel} checks the fields first (JSON by
 * line and column) and sends off the FX thread; a function is invoked with AWS's sample event for one of its
 * triggers, filled with the diagram's names. {@link studio.serverless.app.desktop.run.test.TestPanelView} is the
 * node the main window docks.
 */
package studio.serverless.app.desktop.run.test;
