/**
 * Whole projects: {@link studio.serverless.codegen.project.ProjectComposer} puts the chosen infrastructure
 * targets, the handler code and the project files ({@link studio.serverless.codegen.project.ProjectFilesTarget}:
 * README and .gitignore, written once whatever targets were chosen) together into one generated project.
 */
package studio.serverless.codegen.project;
