package studio.serverless.runner.lambda.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives each function its own access key id for its environment, so that a call it makes on the local cloud's
 * endpoint can be traced back to it (AWS SDKs sign with whatever key they get and do not check its format). The
 * ids look like temporary credentials ({@code ASIA} and 16 characters) and stay the same for a function's name
 * while the engine lives. Thread-safe.
 */
final class FunctionAccessKeys {

    private static final String PREFIX = "ASIASTUDIO";

    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, String> keyByFunction = new ConcurrentHashMap<>();
    private final Map<String, String> functionByKey = new ConcurrentHashMap<>();

    /** The access key id of {@code function}, made on first use. */
    String keyOf(String function) {
        return keyByFunction.computeIfAbsent(function, name -> {
            String key = PREFIX + String.format("%010d", next.getAndIncrement());
            functionByKey.put(key, name);
            return key;
        });
    }

    /** The function {@code accessKeyId} was given to, if any. */
    Optional<String> functionOf(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(functionByKey.get(accessKeyId));
    }
}
