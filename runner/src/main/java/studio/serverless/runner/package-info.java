/**
 * The local cloud: emulated AWS services speaking AWS wire protocols and functions run through the Lambda Runtime API. Knows the model, never JavaFX.
 */
package studio.serverless.runner;
