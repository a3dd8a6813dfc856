/**
 * The one Amazon States Language definition of a diagram's Step Functions service, shared by the infrastructure
 * targets and the local cloud: the drawn definition, or for a state machine drawn without one, sequential Task
 * states over the optimised Lambda, DynamoDB, SQS and SNS integrations, with targets named through definition
 * substitutions that each deployment fills with its own values.
 */
package studio.serverless.model.statemachine;
