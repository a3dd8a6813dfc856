/**
 * The run mode's cost panel: the user states a monthly volume (requests a month at the entry points, or the run's
 * pace kept up all month) and sees the run's traffic projected to a monthly AWS bill, line by line with free tiers
 * and unit prices, a total, and what the projection leaves out. {@link
 * studio.serverless.app.desktop.run.cost.CostViewModel} does the wording and asks {@code app.run.cost} for the
 * numbers (unit-tested); {@link studio.serverless.app.desktop.run.cost.CostView} lays it out.
 */
package studio.serverless.app.desktop.run.cost;
