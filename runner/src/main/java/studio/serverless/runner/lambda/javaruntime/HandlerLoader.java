package studio.serverless.runner.lambda.javaruntime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

/**
 * Loads the handler named by {@code _HANDLER}, in AWS's two forms: {@code package.Class} (a
 * {@code RequestStreamHandler} or {@code RequestHandler}) and {@code package.Class::method} (any public method taking
 * an input stream and an output stream, or up to an input object, each maybe followed by the context). Failures carry
 * the messages of AWS's Java runtime.
 */
final class HandlerLoader {

    private final Supplier<ObjectMapper> json;

    /** A loader whose object handlers read and write JSON with {@code json}, asked only when one is loaded. */
    HandlerLoader(Supplier<ObjectMapper> json) {
        this.json = json;
    }

    /** The handler named {@code handler}; its class is initialised and, unless the method is static, created. */
    FunctionHandler load(String handler) throws InitFailure {
        int colons = handler.indexOf("::");
        String className = colons < 0 ? handler.trim() : handler.substring(0, colons).trim();
        Class<?> type = loadClass(className);
        if (colons >= 0) {
            Method method = HandlerMethods.find(type, handler.substring(colons + 2).trim());
            Object target = Modifier.isStatic(method.getModifiers()) ? null : instantiate(type);
            if (HandlerMethods.isStream(method)) {
                return new StreamCall(target, method);
            }
            ObjectMapper mapper = json.get();
            return new PojoCall(target, method, HandlerMethods.inputType(mapper, method), mapper);
        }
        if (RequestStreamHandler.class.isAssignableFrom(type)) {
            return new StreamCall(instantiate(type), method(RequestStreamHandler.class, "handleRequest",
                    InputStream.class, OutputStream.class, Context.class));
        }
        if (RequestHandler.class.isAssignableFrom(type)) {
            ObjectMapper mapper = json.get();
            JavaType input = mapper.getTypeFactory().constructType(type).findTypeParameters(RequestHandler.class)[0];
            return new PojoCall(instantiate(type), method(RequestHandler.class, "handleRequest", Object.class,
                    Context.class), input, mapper);
        }
        throw new InitFailure("Class " + className + " does not implement RequestHandler or RequestStreamHandler;"
                + " name its method as " + className + "::method", "java.lang.ClassCastException", null);
    }

    private static Class<?> loadClass(String className) throws InitFailure {
        try {
            return Class.forName(className, true, HandlerLoader.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new InitFailure("Class not found: " + className, e.getClass().getName(), e);
        } catch (Throwable e) {
            throw loadingFailed(className, e);
        }
    }

    private static Object instantiate(Class<?> type) throws InitFailure {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new InitFailure("Class " + type.getName() + " has no public constructor without parameters",
                    e.getClass().getName(), e);
        } catch (Throwable e) {
            throw loadingFailed(type.getName(), ErrorDocument.unwrap(e));
        }
    }

    private static InitFailure loadingFailed(String className, Throwable e) {
        return new InitFailure("Error loading class " + className + (e.getMessage() == null ? "" : ": "
                + e.getMessage()), e.getClass().getName(), e);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the Lambda Java library lacks " + type.getName() + "." + name, e);
        }
    }
}
