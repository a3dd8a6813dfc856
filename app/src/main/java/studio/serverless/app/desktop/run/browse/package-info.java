/**
 * The data browsers of run mode: what a running diagram's tables, queues, buckets and state machines hold, read
 * straight from the local cloud's engines (not over HTTP) so that looking never counts as traffic — a peek at a
 * queue leaves every message as it was. {@code DataBrowsersView} puts the four browsers in tabs; each sits in its
 * own sub-package as a {@code *View} over a {@code *ViewModel} that plain unit tests drive against a real
 * {@code LocalCloud}. The browsers list the diagram's resources by their names in the diagram.
 */
package studio.serverless.app.desktop.run.browse;
