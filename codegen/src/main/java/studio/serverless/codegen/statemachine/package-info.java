/**
 * Amazon States Language definitions for state machines drawn without one: sequential Task states over the
 * optimised Lambda, DynamoDB, SQS and SNS integrations, with targets named through definition substitutions.
 */
package studio.serverless.codegen.statemachine;
