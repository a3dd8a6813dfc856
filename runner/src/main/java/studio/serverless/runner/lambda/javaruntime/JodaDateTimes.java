package studio.serverless.runner.lambda.javaruntime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.joda.time.DateTime;

/**
 * Joda-Time's {@link DateTime}, which aws-lambda-java-events uses for times (SNS {@code Timestamp}, the scheduled
 * event's {@code time}), read from and written as ISO-8601 text with its offset kept.
 */
final class JodaDateTimes {

    private JodaDateTimes() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("studio-joda-datetime");
        module.addDeserializer(DateTime.class, new JsonDeserializer<>() {
            @Override
            public DateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return parser.currentToken().isNumeric() ? new DateTime(parser.getLongValue())
                        : DateTime.parse(parser.getValueAsString());
            }
        });
        module.addSerializer(DateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(DateTime value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.toString());
            }
        });
        return module;
    }
}
