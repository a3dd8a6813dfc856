package studio.serverless.runner.lambda.javaruntime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper that turns payloads into a handler's declared input type and its result back into JSON, set up
 * as AWS's Java runtime sets up its own: unknown properties are ignored, names match regardless of case (events
 * spell {@code Records}, {@code Sns}, {@code eventSourceARN}), nulls are left out of results, and the
 * aws-lambda-java-events types get the mix-ins that their JSON needs when that library is on the class path.
 */
final class LambdaJson {

    private static final String EVENTS_LIBRARY = "com.amazonaws.services.lambda.runtime.events.S3Event";
    private static final String JODA_TIME = "org.joda.time.DateTime";

    private LambdaJson() {
    }

    /** A new mapper for the function's class path. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        if (present(JODA_TIME)) {
            mapper.registerModule(JodaDateTimes.module());
        }
        if (present(EVENTS_LIBRARY)) {
            EventMixins.addTo(mapper);
        }
        return mapper;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, LambdaJson.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
