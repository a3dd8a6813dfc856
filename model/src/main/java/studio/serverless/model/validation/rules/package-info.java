/**
 * The standard validation rules, one class per rule (or per family of rules sharing one check, such as AWS's
 * naming rules). Each rule's message says what is wrong and why it matters; its fix says what to do.
 */
package studio.serverless.model.validation.rules;
