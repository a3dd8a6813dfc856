package studio.serverless.runner.lambda.javaruntime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;

/**
 * A handler taking an object ({@code RequestHandler<I, O>}, or a method with up to an input and a context): the
 * payload is read as JSON into the declared input type and the returned object written back as JSON, with
 * {@link LambdaJson}'s mapper, as AWS's Java runtime does.
 */
final class PojoCall implements FunctionHandler {

    private final Object target;
    private final Method method;
    private final JavaType inputType;
    private final ObjectMapper json;

    /** A call of {@code method} on {@code target} (null for a static method) reading {@code inputType}. */
    PojoCall(Object target, Method method, JavaType inputType, ObjectMapper json) {
        this.target = target;
        this.method = method;
        this.inputType = inputType;
        this.json = json;
    }

    @Override
    public byte[] handle(byte[] payload, LocalContext context) throws Throwable {
        Object result = switch (method.getParameterCount()) {
            case 0 -> method.invoke(target);
            case 1 -> method.invoke(target, input(payload));
            default -> method.invoke(target, input(payload), context);
        };
        return json.writeValueAsBytes(result);
    }

    private Object input(byte[] payload) throws java.io.IOException {
        return payload.length == 0 ? null : json.readValue(payload, inputType);
    }
}
