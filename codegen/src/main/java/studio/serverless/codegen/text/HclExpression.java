package studio.serverless.codegen.text;

import java.util.List;
import java.util.Objects;

/**
 * A Terraform expression written as is ({@code aws_sqs_queue.orders_queue.arn}), as opposed to a string that
 * {@link HclText} quotes and escapes. Built only from generated identifiers and escaped literals, never from raw
 * diagram text: {@link #template(Object...)} escapes every literal part.
 *
 * @param text the expression's source text
 */
public record HclExpression(String text) {

    /** Refuses a missing text. */
    public HclExpression {
        Objects.requireNonNull(text, "text");
    }

    /** A reference such as {@code aws_sqs_queue.orders_queue.arn}, from its dotted parts. */
    public static HclExpression reference(String... parts) {
        return new HclExpression(String.join(".", parts));
    }

    /**
     * A quoted template joining literal text (escaped: {@code ${} and {@code %{} cannot start an interpolation)
     * and expressions (interpolated): {@code template("arn:", partition, ":s3:::", name)}.
     */
    public static HclExpression template(Object... parts) {
        StringBuilder text = new StringBuilder("\"");
        for (Object part : parts) {
            if (part instanceof HclExpression expression) {
                text.append("${").append(expression.text()).append('}');
            } else {
                text.append(HclText.escaped(String.valueOf(part)));
            }
        }
        return new HclExpression(text.append('"').toString());
    }

    /** A call of a Terraform function with expressions as arguments, e.g. {@code filebase64sha256("x.jar")}. */
    public static HclExpression call(String function, List<HclExpression> arguments) {
        return new HclExpression(function + "(" + String.join(", ", arguments.stream().map(HclExpression::text)
                .toList()) + ")");
    }

    /** This expression followed by an attribute: {@code x.attribute}. */
    public HclExpression attribute(String name) {
        return new HclExpression(text + "." + name);
    }
}
