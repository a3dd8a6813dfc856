package studio.serverless.canvas.run;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import studio.serverless.canvas.geometry.EdgeRoute;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Point;

/**
 * The tokens travelling along edges: one circle each, moved by a single animation timer that runs only while a
 * token flies; a circle that has landed is kept for the next token instead of being thrown away.
 */
final class RunTokens {

    /** Tokens on one connection at the same time; more are not drawn (the badges still count them). */
    static final int PER_CONNECTION = 3;
    /** Tokens on the whole canvas at the same time. */
    static final int IN_ALL = 200;
    private static final double RADIUS = 5;

    private final Group layer = new Group();
    private final TokenTraffic<Circle> traffic = new TokenTraffic<>(PER_CONNECTION, IN_ALL);
    private final Deque<Circle> spare = new ArrayDeque<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private long durationNanos = Duration.ofMillis(600).toNanos();
    private boolean running;

    /** The group holding the tokens. */
    Group layer() {
        return layer;
    }

    /** How long a token takes from source to target. */
    void setDuration(Duration duration) {
        durationNanos = duration.toNanos();
    }

    /** Sends a token along a route; false when the connection (or the canvas) already carries its most. */
    boolean send(ConnectionId connection, EdgeRoute route) {
        if (!traffic.hasRoomOn(connection)) {
            return false;
        }
        Circle token = spare.isEmpty() ? newToken() : spare.pop();
        TokenFlight flight = new TokenFlight(route.start(), route.end(), System.nanoTime(), durationNanos);
        place(token, route.start());
        token.setVisible(true);
        traffic.launch(connection, flight, token);
        if (!running) {
            running = true;
            timer.start();
        }
        return true;
    }

    /** How many tokens travel along a connection now. */
    int on(ConnectionId connection) {
        return traffic.on(connection);
    }

    /** Takes every token off the canvas. */
    void clear() {
        traffic.clear().forEach(landed -> park(landed.view()));
        stopTimer();
    }

    private void frame(long now) {
        traffic.land(now).forEach(landed -> park(landed.view()));
        traffic.flying().forEach(token -> place(token.view(), token.flight().position(now)));
        if (traffic.flying().isEmpty()) {
            stopTimer();
        }
    }

    private void stopTimer() {
        timer.stop();
        running = false;
    }

    private Circle newToken() {
        Circle token = new Circle(RADIUS);
        token.getStyleClass().add("run-token");
        layer.getChildren().add(token);
        return token;
    }

    private void park(Circle token) {
        token.setVisible(false);
        spare.push(token);
    }

    private static void place(Circle token, Point at) {
        token.setCenterX(at.x());
        token.setCenterY(at.y());
    }
}
