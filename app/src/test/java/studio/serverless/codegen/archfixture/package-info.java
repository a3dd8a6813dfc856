/** Test-only classes that break codegen's architecture rules, to show the rules catch them. */
package studio.serverless.codegen.archfixture;
