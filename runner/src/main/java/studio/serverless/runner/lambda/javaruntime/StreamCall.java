package studio.serverless.runner.lambda.javaruntime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;

/**
 * A stream handler ({@code RequestStreamHandler}, or a method taking an {@code InputStream} and an
 * {@code OutputStream}, and maybe the context): it reads the raw payload and writes the raw response.
 */
final class StreamCall implements FunctionHandler {

    private final Object target;
    private final Method method;

    StreamCall(Object target, Method method) {
        this.target = target;
        this.method = method;
    }

    @Override
    public byte[] handle(byte[] payload, LocalContext context) throws Throwable {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        ByteArrayInputStream request = new ByteArrayInputStream(payload);
        if (method.getParameterCount() == 3) {
            method.invoke(target, request, response, context);
        } else {
            method.invoke(target, request, response);
        }
        return response.toByteArray();
    }
}
