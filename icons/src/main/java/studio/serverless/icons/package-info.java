/**
 * The project's own icons as classpath resources: one SVG per service kind, named after the kind's file id
 * ({@code lambda.svg}, {@code sqs.svg}, ...), and the application icon as SVG and as PNGs in the usual sizes.
 * This module has no code beyond {@link studio.serverless.icons.IconResources}, which finds them; it knows
 * neither the model nor JavaFX, so the canvas decides how to draw them.
 */
package studio.serverless.icons;
