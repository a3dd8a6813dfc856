/**
 * The status bar of the designer: zoom, how many services and connections the diagram has, how many errors and
 * warnings validation found, and whether there are unsaved changes. {@link
 * studio.serverless.app.desktop.status.StatusBarViewModel} words it (unit-tested); {@link
 * studio.serverless.app.desktop.status.StatusBarView} shows it.
 */
package studio.serverless.app.desktop.status;
