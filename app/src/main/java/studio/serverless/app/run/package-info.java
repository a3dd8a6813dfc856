/**
 * A diagram running in the local cloud ({@link studio.serverless.app.run.LocalRun}, started step by step with
 * progress and stopped with every port freed), shared by {@code studio run} and the desktop's Run, and what it
 * needs beyond the local cloud: the handlers of the diagram's functions (generated into a
 * project folder, never over a handler the user edited) and, for each function, its code folder and the
 * variables the generator names (TABLE_NAME, QUEUE_URL...) with the local cloud's values; the npm packages
 * Node.js handlers import; and the console on which users fire schedules and advance the local cloud's clock.
 */
package studio.serverless.app.run;
