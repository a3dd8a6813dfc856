/**
 * What the command line and the desktop window share about checking a diagram: how a diagram file is loaded, how
 * its diagnostics are counted and how a diagnostic reads as one line of text.
 */
package studio.serverless.app.diagnostics;
