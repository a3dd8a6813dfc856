/**
 * Cost projection of a local run: a {@link studio.serverless.app.run.cost.Usage} of totals observed over the run
 * is scaled to a month the user states ({@link studio.serverless.app.run.cost.MonthlyVolume}), monthly free tiers
 * are taken off, and the rest is priced by {@link studio.serverless.app.run.cost.CostCalculator} with AWS's
 * published on-demand prices, which live in a data file per region ({@code studio/serverless/app/pricing/}, read
 * by {@link studio.serverless.app.run.cost.PricingFileReader}) with each price's source and the day it was
 * checked, so updating a price is editing one line. Pure calculation, no JavaFX: the desktop's cost view and any
 * command-line report use it alike.
 */
package studio.serverless.app.run.cost;
