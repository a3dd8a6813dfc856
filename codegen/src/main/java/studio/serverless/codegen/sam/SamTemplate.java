package studio.serverless.codegen.sam;

import java.util.List;

/**
 * What {@code template.yaml.vm} renders: the template's description, its resources and outputs, each sorted by
 * logical id so the file does not depend on the order things were drawn in.
 *
 * @param description the template's Description
 * @param resources   the resources, sorted by logical id
 * @param outputs     the outputs, sorted by logical id
 */
public record SamTemplate(String description, List<CfnResource> resources, List<SamOutput> outputs) {

    /** Copies the lists. */
    public SamTemplate {
        resources = List.copyOf(resources);
        outputs = List.copyOf(outputs);
    }
}
