/**
 * The names a diagram's services get outside the diagram: CloudFormation logical ids and folder names, unique
 * within a diagram and safe to put in generated files. Generated projects and the local cloud's definition
 * substitutions both use them, so a variable such as {@code ${OrdersTableName}} means the same everywhere.
 */
package studio.serverless.model.naming;
