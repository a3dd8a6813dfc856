/**
 * The run's logs and timeline: a per-function log view (START, END and REPORT lines as the runtime prints them,
 * filterable, the last lines kept) and a timeline of everything the local cloud did (who did what to whom, when,
 * with errors), filterable and exportable to CSV and JSON Lines. Views are layout and bindings over view models
 * that take a {@link studio.serverless.app.desktop.run.logs.LogSource} or an
 * {@link studio.serverless.app.desktop.run.logs.ActivitySource}; lines and activity arrive on engine threads and
 * are queued, then moved onto the FX thread once per pulse, never one {@code runLater} per event.
 */
package studio.serverless.app.desktop.run.logs;
