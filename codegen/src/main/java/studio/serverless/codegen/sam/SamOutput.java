package studio.serverless.codegen.sam;

import java.util.Map;

/**
 * One output of the template: a value deployers want to see, such as an API's URL or a queue's URL.
 *
 * @param logicalId   the output's id, letters and digits only
 * @param description what the value is, naming the diagram's service
 * @param value       the value, an intrinsic function
 */
public record SamOutput(String logicalId, String description, Object value) {

    /** The output as the template writes it: Description, then Value. */
    public Map<String, Object> definition() {
        return DataResources.ordered("Description", description, "Value", value);
    }
}
