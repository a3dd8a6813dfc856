/** Test support: the AWS reference schemas, example and random diagrams, and checks over generated templates. */
package studio.serverless.codegen.testing;
