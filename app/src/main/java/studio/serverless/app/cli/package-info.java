/**
 * The {@code studio} command line, built with picocli: one class per command ({@code validate} now, later
 * {@code generate} and {@code run}). Commands write to the command line's own writers
 * ({@code CommandLine.getOut()/getErr()}) so tests run them in process; nothing here touches JavaFX, so checking a
 * diagram works on a machine without a display.
 */
package studio.serverless.app.cli;
