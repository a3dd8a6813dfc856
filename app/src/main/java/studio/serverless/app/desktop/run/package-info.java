/**
 * Run mode in the designer window: Run (F5) starts the open diagram in the local cloud on a background thread
 * ({@link studio.serverless.app.run.LocalRun}) with its progress in a banner over the canvas (cancellable), Stop
 * (Shift+F5) stops it and frees its ports. While a diagram starts or runs its edits are locked: the canvas and the
 * inspector are read-only (selection and inspection go on) under a "Running — stop to edit" banner (decision 0047).
 * {@link studio.serverless.app.desktop.run.RunSessionViewModel} holds the logic;
 * {@link studio.serverless.app.desktop.run.RunActivitySink} is how the run's activity (who called whom, who failed,
 * live counters) reaches the canvas's run overlay, by resource names mapped to diagram ids
 * ({@link studio.serverless.app.desktop.run.RunElementIndex}); other run panes follow a run through
 * {@link studio.serverless.app.desktop.run.RunAttachment}.
 */
package studio.serverless.app.desktop.run;
