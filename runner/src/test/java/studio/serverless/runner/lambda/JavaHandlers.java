package studio.serverless.runner.lambda;

import java.util.Map;
import studio.serverless.runner.ReferenceFiles;

/** The Java handlers {@link JavaFunctionTest} compiles, as sources, and the events it sends them. */
final class JavaHandlers {

    /** S3's put event from the reference samples, with its placeholders filled in. */
    static final String S3_PUT = ReferenceFiles.read("events/s3-S3Put.json").replace("{{{region}}}", "us-east-1")
            .replace("{{{bucket}}}", "example-bucket").replace("{{{key}}}", "test/key")
            .replace("{{{partition}}}", "aws");

    private static final String COUNTER = """
            package example;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import java.util.LinkedHashMap;
            import java.util.Map;

            public class Counter implements RequestHandler<Map<String, Object>, Map<String, Object>> {
                private static int invocations;

                static {
                    if (System.getenv("FAIL_INIT") != null) {
                        throw new IllegalStateException("no configuration");
                    }
                }

                @Override
                public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                    invocations++;
                    context.getLogger().log("invocation " + invocations + " of " + context.getFunctionName());
                    System.out.println("printed to System.out");
                    if (event.containsKey("fail")) {
                        throw new IllegalArgumentException("the order has no items");
                    }
                    if (event.containsKey("exit")) {
                        System.exit(3);
                    }
                    while (event.containsKey("loop")) {
                        Thread.onSpinWait();
                    }
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("count", invocations);
                    answer.put("echo", event.get("echo"));
                    answer.put("requestId", context.getAwsRequestId());
                    answer.put("functionName", context.getFunctionName());
                    answer.put("functionVersion", context.getFunctionVersion());
                    answer.put("memoryLimitInMB", context.getMemoryLimitInMB());
                    answer.put("arn", context.getInvokedFunctionArn());
                    answer.put("logGroup", context.getLogGroupName());
                    answer.put("remainingMillis", context.getRemainingTimeInMillis());
                    return answer;
                }
            }
            """;

    private static final String ORDERS = """
            package example;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;

            public class Orders implements RequestHandler<Orders.Order, Orders.Receipt> {
                public static class Order {
                    private String item;
                    private int quantity;
                    public String getItem() { return item; }
                    public void setItem(String item) { this.item = item; }
                    public int getQuantity() { return quantity; }
                    public void setQuantity(int quantity) { this.quantity = quantity; }
                }

                public static class Receipt {
                    private final String summary;
                    private final int total;
                    Receipt(String summary, int total) { this.summary = summary; this.total = total; }
                    public String getSummary() { return summary; }
                    public int getTotal() { return total; }
                }

                @Override
                public Receipt handleRequest(Order order, Context context) {
                    return new Receipt(order.getItem() + " x" + order.getQuantity(), order.getQuantity() * 3);
                }
            }
            """;

    private static final String SHOUT = """
            package example;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
            import java.io.IOException;
            import java.io.InputStream;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;

            public class Shout implements RequestStreamHandler {
                @Override
                public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    out.write(text.toUpperCase().getBytes(StandardCharsets.UTF_8));
                }
            }
            """;

    private static final String GREETER = """
            package example;

            public class Greeter {
                public static String greet(String name) {
                    return "hello " + name;
                }
            }
            """;

    private static final String UPLOADS = """
            package example;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import com.amazonaws.services.lambda.runtime.events.S3Event;
            import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;

            public class Uploads implements RequestHandler<S3Event, String> {
                @Override
                public String handleRequest(S3Event event, Context context) {
                    S3EventNotificationRecord record = event.getRecords().get(0);
                    return record.getEventName() + " " + record.getS3().getBucket().getName() + " "
                            + record.getS3().getObject().getUrlDecodedKey() + " "
                            + record.getS3().getObject().getSizeAsLong();
                }
            }
            """;

    /** The sources by file path. */
    static final Map<String, String> SOURCES = Map.of("example/Counter.java", COUNTER, "example/Orders.java", ORDERS,
            "example/Shout.java", SHOUT, "example/Greeter.java", GREETER, "example/Uploads.java", UPLOADS);

    private JavaHandlers() {
    }
}
