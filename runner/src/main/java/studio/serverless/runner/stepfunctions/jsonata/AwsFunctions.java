package studio.serverless.runner.stepfunctions.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Jsonata.JFunctionCallable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash}, {@code $random}
 * with an optional seed, {@code $uuid}, {@code $parse}), and {@code $eval}, which AWS leaves out, refused.
 */
final class AwsFunctions {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> HASHES = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    private static final int MAX_RANGE = 1000;

    private AwsFunctions() {
    }

    static void register(Jsonata expression) {
        define(expression, "partition", AwsFunctions::partition);
        define(expression, "range", AwsFunctions::range);
        define(expression, "hash", AwsFunctions::hash);
        define(expression, "random", args -> args.isEmpty() ? ThreadLocalRandom.current().nextDouble()
                : new Random(whole(args, 0, "$random")).nextDouble());
        define(expression, "uuid", args -> UUID.randomUUID().toString());
        define(expression, "parse", AwsFunctions::parse);
        define(expression, "eval", args -> {
            throw new IllegalArgumentException("$eval is not available in Step Functions; use $parse");
        });
    }

    private interface Body {
        Object apply(List<?> args) throws Exception;
    }

    private static void define(Jsonata expression, String name, Body body) {
        JFunctionCallable callable = (input, args) -> body.apply(args == null ? List.of() : args);
        expression.registerFunction(name, new JFunction(callable, null));
    }

    private static Object partition(List<?> args) {
        List<?> array = array(args, "$partition");
        long size = whole(args, 1, "$partition");
        if (size < 1) {
            throw new IllegalArgumentException("$partition needs a chunk size of at least 1, not " + size);
        }
        List<Object> chunks = new ArrayList<>();
        for (int from = 0; from < array.size(); from += (int) size) {
            chunks.add(new ArrayList<>(array.subList(from, (int) Math.min(array.size(), from + size))));
        }
        return chunks;
    }

    private static Object range(List<?> args) {
        long start = whole(args, 0, "$range");
        long end = whole(args, 1, "$range");
        long step = whole(args, 2, "$range");
        if (step == 0) {
            throw new IllegalArgumentException("$range needs a step other than 0");
        }
        List<Object> values = new ArrayList<>();
        for (long value = start; step > 0 ? value <= end : value >= end; value += step) {
            if (values.size() == MAX_RANGE) {
                throw new IllegalArgumentException("$range may produce at most " + MAX_RANGE + " values");
            }
            values.add(value);
        }
        return values;
    }

    private static Object hash(List<?> args) throws NoSuchAlgorithmException {
        Object data = args.isEmpty() ? null : args.get(0);
        Object algorithm = args.size() < 2 ? null : args.get(1);
        if (!(data instanceof String text)) {
            throw new IllegalArgumentException("$hash needs a string to hash, not " + data);
        }
        if (!HASHES.contains(algorithm)) {
            throw new IllegalArgumentException("$hash supports the algorithms " + HASHES.stream().sorted().toList()
                    + ", not " + algorithm);
        }
        byte[] digest = MessageDigest.getInstance((String) algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static Object parse(List<?> args) {
        Object text = args.isEmpty() ? null : args.get(0);
        if (!(text instanceof String json)) {
            throw new IllegalArgumentException("$parse needs a string of JSON, not " + text);
        }
        try {
            return JsonataValues.toJava(MAPPER.readTree(json));
        } catch (JsonProcessingException invalid) {
            throw new IllegalArgumentException("$parse was given text that is not JSON: " + json);
        }
    }

    private static List<?> array(List<?> args, String function) {
        Object value = args.isEmpty() ? null : args.get(0);
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(function + " needs an array as its first argument, not " + value);
        }
        return list;
    }

    private static long whole(List<?> args, int index, String function) {
        Object value = index < args.size() ? args.get(index) : null;
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new IllegalArgumentException(function + " needs a whole number as argument " + (index + 1)
                    + ", not " + value);
        }
        return number.longValue();
    }
}
