package studio.serverless.codegen.sam;

import java.util.List;
import java.util.Map;

/**
 * CloudFormation intrinsic functions in their long form ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} maps),
 * so templates need no YAML tags. Diagram text never goes into a {@code Fn::Sub} string: it is passed as a value
 * of the variable map, where {@code ${...}} means nothing.
 */
final class Intrinsics {

    private Intrinsics() {
    }

    /** {@code Ref} of a logical id. */
    static Map<String, Object> ref(String logicalId) {
        return Map.of("Ref", logicalId);
    }

    /** {@code Fn::GetAtt} of an attribute of a logical id. */
    static Map<String, Object> getAtt(String logicalId, String attribute) {
        return Map.of("Fn::GetAtt", List.of(logicalId, attribute));
    }

    /** {@code Fn::Sub} of a fixed string with variables whose values are plain text or intrinsics. */
    static Map<String, Object> sub(String template, Map<String, Object> variables) {
        return Map.of("Fn::Sub", List.of(template, variables));
    }

    /** {@code Fn::Join} of parts with a delimiter. */
    static Map<String, Object> join(String delimiter, List<Object> parts) {
        return Map.of("Fn::Join", List.of(delimiter, parts));
    }
}
