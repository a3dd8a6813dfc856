/** Test-only classes that break the runner's architecture rules, to show the rules catch them. */
package studio.serverless.runner.archfixture;
