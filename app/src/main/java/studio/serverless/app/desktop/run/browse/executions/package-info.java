/**
 * The executions browser: a state machine's executions, and for one of them the machine drawn from its ASL
 * definition ({@code StateGraph}, laid out in rows by {@code GraphLayers}) with the path the execution took
 * coloured in, and each step's input, output, error and cause read from the execution's history
 * ({@code ExecutionSteps}). Parallel and Map states are single boxes with a marker; their inner states appear as
 * steps.
 */
package studio.serverless.app.desktop.run.browse.executions;
