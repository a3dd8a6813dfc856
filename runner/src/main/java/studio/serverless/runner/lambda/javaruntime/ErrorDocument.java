package studio.serverless.runner.lambda.javaruntime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error as AWS's Java runtime reports it: {@code errorMessage}, {@code errorType} (the exception's class name)
 * and {@code stackTrace} (one {@code Class.method(File.java:N)} per frame, the runtime's own frames and the
 * reflection that called the handler left out), with the {@code cause} in the same shape.
 */
final class ErrorDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] RUNTIME_FRAMES = {"studio.serverless.runner.lambda.javaruntime.",
        "jdk.internal.reflect.", "java.lang.reflect.Method."};

    private ErrorDocument() {
    }

    /** The document of a failure thrown by a handler; an {@link InvocationTargetException} is unwrapped. */
    static byte[] of(Throwable failure) {
        return json(describe(unwrap(failure), 0));
    }

    /** The document of a failure with its own message and type, as for a class that cannot be loaded. */
    static byte[] of(String message, String type, Throwable failure) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("errorMessage", message);
        document.put("errorType", type);
        document.put("stackTrace", failure == null ? List.of() : frames(unwrap(failure)));
        return json(document);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable unwrapped = failure;
        while (unwrapped instanceof InvocationTargetException && unwrapped.getCause() != null) {
            unwrapped = unwrapped.getCause();
        }
        return unwrapped;
    }

    private static Map<String, Object> describe(Throwable failure, int depth) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (failure.getMessage() != null) {
            document.put("errorMessage", failure.getMessage());
        }
        document.put("errorType", failure.getClass().getName());
        document.put("stackTrace", frames(failure));
        if (failure.getCause() != null && failure.getCause() != failure && depth < 10) {
            document.put("cause", describe(failure.getCause(), depth + 1));
        }
        return document;
    }

    private static List<String> frames(Throwable failure) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (isRuntimeFrame(frame.getClassName())) {
                break;
            }
            frames.add(frame.toString());
        }
        return frames;
    }

    private static boolean isRuntimeFrame(String className) {
        for (String prefix : RUNTIME_FRAMES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] json(Map<String, Object> document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            return ("{\"errorMessage\":\"unreportable error\",\"errorType\":\"" + document.get("errorType") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
