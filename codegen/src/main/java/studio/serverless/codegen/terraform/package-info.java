/**
 * The Terraform target: a configuration for the AWS provider 5.x in {@code terraform/}, built as
 * {@link studio.serverless.codegen.text.HclBlock}s by one small builder per kind of service (functions with their
 * roles and triggers, data services, messaging, rules, HTTP and REST APIs, state machines, outputs) and written by
 * {@link studio.serverless.codegen.text.HclText}, which escapes every diagram text. IAM actions match the SAM
 * target's, scoped to each resource's ARNs; state machines deploy the same ASL definition through
 * {@code templatefile}.
 */
package studio.serverless.codegen.terraform;
