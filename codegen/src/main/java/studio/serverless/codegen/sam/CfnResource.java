package studio.serverless.codegen.sam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One resource of a CloudFormation template.
 *
 * @param logicalId  its logical id, letters and digits only
 * @param type       its resource type, e.g. {@code AWS::SQS::Queue}
 * @param properties its Properties, in the order they are written
 */
public record CfnResource(String logicalId, String type, Map<String, Object> properties) {

    /** Checks the parts and copies the properties, keeping their order. */
    public CfnResource {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(type, "type");
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The resource as the template writes it: Type, then Properties. */
    public Map<String, Object> definition() {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("Type", type);
        definition.put("Properties", properties);
        return definition;
    }
}
