/**
 * The small helpers templates and builders use for names and escaping: logical ids and folder names derived from
 * the diagram, and YAML and JSON writers that keep every piece of diagram text a harmless string.
 */
package studio.serverless.codegen.text;
