package studio.serverless.canvas.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.scene.Group;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ServiceId;

/**
 * The run overlay of a diagram editor (get it from {@code DiagramEditor.runOverlay()}): tokens travelling along
 * connections, live badges on services, failed services outlined red with their last error. It knows only model
 * ids; the shell maps what the runner reports to them. Call it on the JavaFX thread; ids the diagram does not hold
 * are ignored (an element deleted since the run started).
 */
public final class RunOverlay {

    private final RunGeometry geometry;
    private final Group layer = new Group();
    private final Group marksLayer = new Group();
    private final RunTokens tokens = new RunTokens();
    private final Map<ServiceId, ServiceRunMarks> marks = new HashMap<>();

    /**
     * An overlay drawing the run of {@code diagram} into {@code parent}, a group inside the editor's zoomed and
     * panned content above the figures (the editor's overlay layer).
     */
    public RunOverlay(Diagram diagram, Group parent) {
        this.geometry = new RunGeometry(Objects.requireNonNull(diagram, "diagram"));
        layer.setId("run-overlay");
        layer.setMouseTransparent(true);
        layer.getChildren().addAll(marksLayer, tokens.layer());
        parent.getChildren().add(0, layer);
    }

    /**
     * Sends a token along a connection's edge, from source to target (600 ms unless changed). A connection carries
     * at most 3 tokens at once; more are not drawn.
     *
     * @return whether a token was sent
     */
    public boolean sendToken(ConnectionId connection) {
        return geometry.route(connection).map(route -> tokens.send(connection, route)).orElse(false);
    }

    /** How many tokens travel along a connection now. */
    public int tokensOn(ConnectionId connection) {
        return tokens.on(connection);
    }

    /** How long a token takes from source to target (600 ms by default). */
    public void setTokenDuration(Duration duration) {
        tokens.setDuration(Objects.requireNonNull(duration, "duration"));
    }

    /** Shows these badges on a service, replacing its previous ones (none: no badges). */
    public void setBadges(ServiceId service, List<RunBadge> badges) {
        marksOf(service).ifPresent(found -> found.setBadges(badges));
        forgetIfEmpty(service);
    }

    /** The badges a service shows. */
    public List<RunBadge> badges(ServiceId service) {
        ServiceRunMarks found = marks.get(service);
        return found == null ? List.of() : found.badges();
    }

    /** Outlines a service red and shows its last error under it (until {@link #clearFailed}). */
    public void markFailed(ServiceId service, String lastError) {
        marksOf(service).ifPresent(found -> found.markFailed(Objects.requireNonNull(lastError, "lastError")));
    }

    /** Takes a service's failed mark away. */
    public void clearFailed(ServiceId service) {
        ServiceRunMarks found = marks.get(service);
        if (found != null) {
            found.clearFailed();
            forgetIfEmpty(service);
        }
    }

    /** The last error of a service marked failed. */
    public Optional<String> failure(ServiceId service) {
        ServiceRunMarks found = marks.get(service);
        return found == null ? Optional.empty() : Optional.ofNullable(found.failure());
    }

    /** Takes every token, badge and failed mark away (the run stopped). */
    public void clear() {
        tokens.clear();
        marks.clear();
        marksLayer.getChildren().clear();
    }

    private Optional<ServiceRunMarks> marksOf(ServiceId service) {
        ServiceRunMarks existing = marks.get(service);
        if (existing != null) {
            return Optional.of(existing);
        }
        return geometry.box(service).map(box -> {
            ServiceRunMarks made = new ServiceRunMarks(box);
            marks.put(service, made);
            marksLayer.getChildren().add(made.node());
            return made;
        });
    }

    private void forgetIfEmpty(ServiceId service) {
        ServiceRunMarks found = marks.get(service);
        if (found != null && found.isEmpty()) {
            marks.remove(service);
            marksLayer.getChildren().remove(found.node());
        }
    }
}
