/**
 * The run mode's clock panel: the local cloud's time, pause and resume (time stands still, so schedules, Wait
 * states, retry back-off and SQS delays fall due only when it moves again), and fast-forward by a minute, an hour, a
 * day, a typed amount or to the next scheduled thing. {@link studio.serverless.app.desktop.run.clock.ClockViewModel}
 * acts on the runner's {@code AdvanceableClock} (unit-tested); {@link
 * studio.serverless.app.desktop.run.clock.ClockView} lays it out and rereads the clock every second.
 */
package studio.serverless.app.desktop.run.clock;
