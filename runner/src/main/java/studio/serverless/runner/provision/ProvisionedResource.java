package studio.serverless.runner.provision;

import studio.serverless.model.catalog.ServiceKind;

/**
 * One resource created in the local cloud for a service of the diagram.
 *
 * @param kind    the service kind
 * @param name    the resource's name, as in the diagram
 * @param address how a client names it: a queue URL, a table ARN, ...
 */
public record ProvisionedResource(ServiceKind kind, String name, String address) {
}
