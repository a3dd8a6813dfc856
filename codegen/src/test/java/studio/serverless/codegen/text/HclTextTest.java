package studio.serverless.codegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How diagram text becomes HCL: one quoted literal that cannot interpolate, and blocks laid out as fmt does. */
class HclTextTest {

    private static final HclText HCL = HclText.INSTANCE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "orders|\"orders\"",
        "a${var.x}b|\"a$${var.x}b\"",
        "%{ if x }|\"%%{ if x }\"",
        "$${kept}|\"$$${kept}\"",
        "say \"hi\" \\o/|\"say \\\"hi\\\" \\\\o/\""})
    void stringsAreQuotedLiteralsThatNeverInterpolate(String text, String literal) {
        assertEquals(literal, HCL.string(text));
    }

    @Test
    void lineBreaksControlCharactersAndUnicodeAreEscapes() {
        assertEquals("\"a\\nb\\r\\t\\u0000\\u2028\\u00FC\\U0001F642\"", HCL.string("a\nb\r\t\u0000\u2028ü🙂"));
    }

    @Test
    void templateFileTextKeepsOnlyTheGivenVariables() {
        String text = "{\"a\": \"${OrdersArn}\", \"b\": \"${Other}\", \"c\": \"%{x}\"}";

        assertEquals("{\"a\": \"${OrdersArn}\", \"b\": \"$${Other}\", \"c\": \"%%{x}\"}",
                HclText.templateFileText(text, List.of("OrdersArn")));
    }

    @Test
    void consecutiveOneLineAttributesAreAlignedAndMultiLineOnesStandAlone() {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Version", "2012-10-17");
        HclBlock block = HclBlock.resource("aws_sqs_queue", "orders").set("name", "orders")
                .set("delay_seconds", 0).set("policy", HclCall.jsonencode(policy))
                .set("tags", null).add(HclBlock.of("nested").set("a", true));

        assertEquals("""
                resource "aws_sqs_queue" "orders" {
                  name          = "orders"
                  delay_seconds = 0
                  policy = jsonencode({
                    "Version" = "2012-10-17"
                  })
                  nested {
                    a = true
                  }
                }
                """, HCL.block(block));
    }

    @Test
    void templatesEscapeTheirLiteralPartsAndInterpolateExpressions() {
        HclExpression arn = HclExpression.reference("aws_s3_bucket", "b", "arn");

        assertEquals("\"${aws_s3_bucket.b.arn}/$${x}\\\"\"", HclExpression.template(arn, "/${x}\"").text());
    }
}
