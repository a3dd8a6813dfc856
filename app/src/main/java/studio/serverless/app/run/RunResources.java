package studio.serverless.app.run;

import java.util.List;
import studio.serverless.runner.provision.ProvisionedResource;

/**
 * The diagram's resources as a {@link LocalRun} created them.
 *
 * @param created  what was created, in the provisioner's order
 * @param problems what could not be created, one sentence each naming the service
 */
record RunResources(List<ProvisionedResource> created, List<String> problems) {

    RunResources {
        created = List.copyOf(created);
        problems = List.copyOf(problems);
    }
}
