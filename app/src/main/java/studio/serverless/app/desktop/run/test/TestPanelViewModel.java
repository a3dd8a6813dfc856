package studio.serverless.app.desktop.run.test;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.apigateway.ApiGateways;

/**
 * The test panel of a running diagram: a form per entry point and the one chosen. Close it when the run stops
 * (its clients and sending threads end; what was sent stays in the {@link RequestMemory}).
 */
public final class TestPanelViewModel implements AutoCloseable {

    private final ObservableList<EntryFormViewModel> entries;
    private final ObjectProperty<EntryFormViewModel> selected = new SimpleObjectProperty<>();
    private final AutoCloseable resources;

    /**
     * A panel over {@code actions}, sending on {@code background} and answering on {@code fxThread};
     * {@code resources} are closed with it.
     */
    public TestPanelViewModel(List<EntryAction> actions, RequestMemory memory, Executor background,
            Executor fxThread, AutoCloseable resources) {
        this.entries = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(actions.stream()
                .map(action -> new EntryFormViewModel(action, memory, background, fxThread)).toList()));
        this.resources = resources;
        if (!entries.isEmpty()) {
            selected.set(entries.get(0));
        }
    }

    /**
     * The panel of {@code diagram} running in {@code cloud} with its APIs served by {@code apis}: sends through
     * the AWS SDK and HTTP on threads of its own, answers on the FX thread.
     */
    public static TestPanelViewModel forRun(Diagram diagram, LocalCloud cloud, ApiGateways apis,
            RequestMemory memory) {
        CloudClients clients = new CloudClients(cloud.endpoint());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService senders = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-panel-send");
            thread.setDaemon(true);
            return thread;
        });
        List<EntryAction> actions = EntryPoints.of(diagram, apis.listeners(), clients, http);
        return new TestPanelViewModel(actions, memory, senders, Platform::runLater, () -> {
            senders.shutdownNow();
            clients.close();
        });
    }

    /** The forms, one per entry point, in the order of {@link EntryPoints}. */
    public ObservableList<EntryFormViewModel> entries() {
        return entries;
    }

    /** The form shown. */
    public ObjectProperty<EntryFormViewModel> selectedProperty() {
        return selected;
    }

    /** The form of the entry point of {@code kind} named {@code name}. */
    public EntryFormViewModel entry(EntryKind kind, String name) {
        return entries.stream().filter(entry -> entry.action().kind() == kind && entry.action().name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + kind.label() + " " + name));
    }

    /** Stops the clients and the sending threads. */
    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the test panel: " + e.getMessage(), e);
        }
    }
}
