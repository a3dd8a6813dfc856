/** Test-only classes that break the model's architecture rules, to show the rules catch them. */
package studio.serverless.model.archfixture;
