/**
 * Handler code for every function of a diagram, in Python, Node.js (ES modules) or Java: the entry point Lambda
 * calls, with event parsing for each trigger and the official SDK call for each access connection already written
 * (resource names read from the environment), a package manifest and a unit test. {@link
 * studio.serverless.codegen.handler.FunctionLanguages} decides each function's language and keeps the
 * infrastructure targets' runtime and handler settings in line with the code.
 */
package studio.serverless.codegen.handler;
