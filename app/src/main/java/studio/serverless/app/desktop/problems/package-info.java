/**
 * The problems panel at the bottom of the designer: one row per validation diagnostic (severity, message, the
 * element concerned), refreshed after every edit; choosing a row selects its elements on the canvas and centres
 * the first. {@link studio.serverless.app.desktop.problems.ProblemsViewModel} turns diagnostics into rows and is
 * unit-tested; {@link studio.serverless.app.desktop.problems.ProblemsView} is the table.
 */
package studio.serverless.app.desktop.problems;
