package studio.serverless.codegen.text;

import java.util.List;
import java.util.Objects;

/**
 * A Terraform function call whose arguments are values {@link HclText} renders (maps, lists, strings,
 * expressions), e.g. {@code jsonencode({...})} for IAM policy documents with references in them, or
 * {@code templatefile(path, { ... })}.
 *
 * @param function  the function's name, e.g. {@code jsonencode}
 * @param arguments the argument values
 */
public record HclCall(String function, List<Object> arguments) {

    /** Refuses missing parts and copies the arguments. */
    public HclCall {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
    }

    /** {@code jsonencode(value)}. */
    public static HclCall jsonencode(Object value) {
        return new HclCall("jsonencode", List.of(value));
    }
}
