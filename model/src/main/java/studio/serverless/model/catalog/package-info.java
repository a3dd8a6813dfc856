/**
 * The service catalogue: the AWS service kinds a diagram can hold, their properties with AWS's documented limits
 * and help text for learners, their naming rules, and the connections that are legal between two kinds with the
 * invocation model each one uses. Everything here is immutable data.
 */
package studio.serverless.model.catalog;
