/**
 * The desktop shell and the {@code studio} command line: {@link studio.serverless.app.Main} is the entry point,
 * {@code cli} the commands, {@code desktop} the JavaFX app, {@code diagnostics} what the two share. This module
 * wires model, canvas, codegen and runner together; no other module depends on it.
 */
package studio.serverless.app;
