/**
 * Turns a diagram into files: a {@link studio.serverless.codegen.Target} descriptor plans the files of a project
 * (SAM, Terraform, the handler code), the {@link studio.serverless.codegen.ProjectGenerator} renders them
 * into an in-memory {@link studio.serverless.codegen.GeneratedProject} for preview, and the
 * {@link studio.serverless.codegen.ProjectWriter} writes it to a folder or a zip.
 */
package studio.serverless.codegen;
