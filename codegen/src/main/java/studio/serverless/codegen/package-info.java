/**
 * Turns a diagram into files: a deployable project (SAM, Terraform, handlers, state machines). One folder of templates and one descriptor per target.
 */
package studio.serverless.codegen;
