package studio.serverless.runner.lambda.javaruntime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

/** Finds the method of a {@code package.Class::method} handler and tells which kind of call it takes. */
final class HandlerMethods {

    private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

    private HandlerMethods() {
    }

    /**
     * The public method {@code name} of {@code type} that Lambda can call: the stream form, else the one with the
     * most parameters (input, then context).
     *
     * @throws InitFailure with AWS's message when there is none
     */
    static Method find(Class<?> type, String name) throws InitFailure {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name) && !method.isBridge() && callable(method))
                .max(Comparator.comparingInt((Method method) -> isStream(method) ? 10 : 0)
                        .thenComparingInt(Method::getParameterCount))
                .orElseThrow(() -> new InitFailure("No public method named " + name
                        + " with appropriate method signature found on class " + type.getName(),
                        "java.lang.NoSuchMethodException", null));
    }

    /** Whether {@code method} takes the raw input and output streams. */
    static boolean isStream(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        return parameters.length >= 2 && parameters[0] == InputStream.class && parameters[1] == OutputStream.class;
    }

    /** The declared type of the method's input (its first parameter), for Jackson. */
    static JavaType inputType(ObjectMapper json, Method method) {
        return json.getTypeFactory().constructType(method.getParameterCount() == 0 ? Object.class
                : method.getGenericParameterTypes()[0]);
    }

    private static boolean callable(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        return switch (parameters.length) {
            case 0, 1 -> true;
            case 2 -> isStream(method) || parameters[1].getName().equals(CONTEXT);
            case 3 -> isStream(method) && parameters[2].getName().equals(CONTEXT);
            default -> false;
        };
    }
}
