package studio.serverless.canvas.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import studio.serverless.model.diagram.ConnectionId;

/**
 * The tokens in flight, each with the view that draws it ({@code V}), capped per connection and in all: a burst of a
 * thousand messages on one connection shows as a few tokens, not a thousand nodes. Plain logic, no JavaFX.
 *
 * @param <V> what draws a token
 */
final class TokenTraffic<V> {

    /** One token in flight and what draws it. */
    record InFlight<V>(ConnectionId connection, TokenFlight flight, V view) {
    }

    private final int perConnection;
    private final int inAll;
    private final List<InFlight<V>> flying = new ArrayList<>();
    private final Map<ConnectionId, Integer> counts = new HashMap<>();

    /** Traffic of at most {@code perConnection} tokens on a connection and {@code inAll} tokens together. */
    TokenTraffic(int perConnection, int inAll) {
        this.perConnection = perConnection;
        this.inAll = inAll;
    }

    /** Whether another token may leave on {@code connection} now. */
    boolean hasRoomOn(ConnectionId connection) {
        return flying.size() < inAll && counts.getOrDefault(connection, 0) < perConnection;
    }

    /** A token leaves (the caller checked {@link #hasRoomOn}). */
    void launch(ConnectionId connection, TokenFlight flight, V view) {
        flying.add(new InFlight<>(connection, flight, view));
        counts.merge(connection, 1, Integer::sum);
    }

    /** The tokens in flight. */
    List<InFlight<V>> flying() {
        return List.copyOf(flying);
    }

    /** How many tokens are on {@code connection}. */
    int on(ConnectionId connection) {
        return counts.getOrDefault(connection, 0);
    }

    /** Takes out and returns the tokens that have arrived at {@code nowNanos}. */
    List<InFlight<V>> land(long nowNanos) {
        List<InFlight<V>> landed = new ArrayList<>();
        for (Iterator<InFlight<V>> each = flying.iterator(); each.hasNext(); ) {
            InFlight<V> token = each.next();
            if (token.flight().arrived(nowNanos)) {
                each.remove();
                counts.computeIfPresent(token.connection(), (id, count) -> count > 1 ? count - 1 : null);
                landed.add(token);
            }
        }
        return landed;
    }

    /** Takes out and returns every token. */
    List<InFlight<V>> clear() {
        List<InFlight<V>> all = List.copyOf(flying);
        flying.clear();
        counts.clear();
        return all;
    }
}
