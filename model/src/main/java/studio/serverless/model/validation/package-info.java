/**
 * Validation: rules that check a diagram against AWS's limits and good practice, and the diagnostics they yield,
 * each naming the elements concerned, teaching why it matters and suggesting a fix.
 */
package studio.serverless.model.validation;
