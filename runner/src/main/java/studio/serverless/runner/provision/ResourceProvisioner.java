package studio.serverless.runner.provision;

import java.util.List;
import studio.serverless.model.diagram.Diagram;

/** Creates the resources of one service kind of a diagram in the local cloud. */
interface ResourceProvisioner {

    /** Creates every resource of this provisioner's kind in {@code diagram}; returns what it created. */
    List<ProvisionedResource> provision(Diagram diagram);
}
