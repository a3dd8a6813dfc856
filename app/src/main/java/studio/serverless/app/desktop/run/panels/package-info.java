/**
 * What the designer window shows of a running diagram besides the canvas overlay: the run's panels (test panel, logs
 * and timeline, data browsers, clock, cost) docked under the canvas while it runs, the activity feed and the
 * resources' counters brought to the canvas, and the run's usage gathered for the cost projection. Each is a
 * {@link studio.serverless.app.desktop.run.RunAttachment}: attached when a run is up, closed when it stops.
 */
package studio.serverless.app.desktop.run.panels;
