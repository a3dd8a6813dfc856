/**
 * Rendering of Velocity templates: the user's override folder first, then the built-in templates on the
 * classpath, with strict reference mode so a typo in a template fails loudly.
 */
package studio.serverless.codegen.template;
