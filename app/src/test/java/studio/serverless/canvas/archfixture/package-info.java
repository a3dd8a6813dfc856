/** Test-only classes that break the canvas's architecture rules, to show the rules catch them. */
package studio.serverless.canvas.archfixture;
