/**
 * The AWS SAM target: {@link studio.serverless.codegen.sam.SamTarget} plans {@code template.yaml} and the state
 * machine definitions; one small builder per kind of resource turns the diagram's services and connections into
 * CloudFormation resources with least-privilege policies, written through the templates in
 * {@code templates/sam/}.
 */
package studio.serverless.codegen.sam;
