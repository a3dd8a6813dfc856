package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** States.Base64Encode, Base64Decode, Hash, JsonMerge, MathRandom and MathAdd. */
final class EncodingFunctions {

    private static final int MAX_INPUT = 10_000;
    private static final List<String> ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Random RANDOM = new Random();

    private EncodingFunctions() {
    }

    static void register(Map<String, IntrinsicFunction> functions) {
        functions.put("States.Base64Encode", IntrinsicFunction.of(1, args -> NODES.textNode(Base64.getEncoder()
                .encodeToString(limited(args).getBytes(StandardCharsets.UTF_8)))));
        functions.put("States.Base64Decode", IntrinsicFunction.of(1, EncodingFunctions::decode));
        functions.put("States.Hash", IntrinsicFunction.of(2, EncodingFunctions::hash));
        functions.put("States.JsonMerge", IntrinsicFunction.of(3, EncodingFunctions::merge));
        functions.put("States.MathRandom", new IntrinsicFunction(2, 3, EncodingFunctions::random));
        functions.put("States.MathAdd", IntrinsicFunction.of(2, EncodingFunctions::add));
    }

    private static String limited(Arguments args) {
        String text = args.text(0);
        if (text.length() > MAX_INPUT) {
            throw args.failure("accepts at most " + MAX_INPUT + " characters, but got " + text.length());
        }
        return text;
    }

    private static JsonNode decode(Arguments args) {
        try {
            return NODES.textNode(new String(Base64.getDecoder().decode(limited(args)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            throw args.failure("could not decode '" + args.text(0) + "' as Base64");
        }
    }

    private static JsonNode hash(Arguments args) {
        String algorithm = args.text(1);
        if (!ALGORITHMS.contains(algorithm)) {
            throw args.failure("supports the algorithms " + ALGORITHMS + ", not '" + algorithm + "'");
        }
        JsonNode data = args.any(0);
        String text = data.isTextual() ? data.asText() : data.toString();
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return NODES.textNode(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the JDK lacks " + algorithm, missing);
        }
    }

    private static JsonNode merge(Arguments args) {
        ObjectNode merged = args.object(0).deepCopy();
        ObjectNode second = args.object(1);
        if (args.bool(2)) {
            throw args.failure("supports only the shallow merge: its third argument must be false");
        }
        merged.setAll(second);
        return merged;
    }

    private static JsonNode random(Arguments args) {
        int start = args.integer(0);
        int end = args.integer(1);
        if (end <= start) {
            throw args.failure("expects an end greater than its start, but got " + start + " and " + end);
        }
        Random random = args.size() == 3 ? new Random(args.integer(2)) : RANDOM;
        return NODES.numberNode(start + (int) (random.nextDouble() * ((long) end - start)));
    }

    private static JsonNode add(Arguments args) {
        long sum = (long) args.integer(0) + args.integer(1);
        if (sum != (int) sum) {
            throw args.failure("overflowed: the sum " + sum + " is outside the 32-bit integer range");
        }
        return NODES.numberNode((int) sum);
    }
}
