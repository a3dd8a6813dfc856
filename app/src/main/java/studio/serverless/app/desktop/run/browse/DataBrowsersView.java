package studio.serverless.app.desktop.run.browse;

import java.util.function.Predicate;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import studio.serverless.app.desktop.run.browse.buckets.BucketBrowserView;
import studio.serverless.app.desktop.run.browse.buckets.BucketBrowserViewModel;
import studio.serverless.app.desktop.run.browse.executions.ExecutionBrowserView;
import studio.serverless.app.desktop.run.browse.executions.ExecutionBrowserViewModel;
import studio.serverless.app.desktop.run.browse.queues.QueueBrowserView;
import studio.serverless.app.desktop.run.browse.queues.QueueBrowserViewModel;
import studio.serverless.app.desktop.run.browse.tables.TableBrowserView;
import studio.serverless.app.desktop.run.browse.tables.TableBrowserViewModel;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.LocalCloud;

/**
 * The four data browsers of a running diagram in tabs ({@code #dataBrowsers}): Tables, Queues, Buckets and
 * Executions. Made for one run (one {@link LocalCloud}); when a tab is chosen its browser reads again, so it shows
 * what happened meanwhile. Everything runs on the FX thread: the engines answer in process and at once.
 */
public final class DataBrowsersView extends TabPane {

    private final TableBrowserViewModel tables;
    private final QueueBrowserViewModel queues;
    private final BucketBrowserViewModel buckets;
    private final ExecutionBrowserViewModel executions;

    /** The browsers of {@code diagram} running in {@code cloud}, with the platform's file and confirm dialogs. */
    public DataBrowsersView(LocalCloud cloud, Diagram diagram) {
        this(cloud, diagram, new PlatformBrowserFilePicker(), Confirmations.dialog());
    }

    /** The browsers, with {@code files} to pick files and {@code confirm} to ask before deleting. */
    public DataBrowsersView(LocalCloud cloud, Diagram diagram, BrowserFilePicker files, Predicate<String> confirm) {
        setId("dataBrowsers");
        tables = new TableBrowserViewModel(cloud.dynamoDb(), diagram);
        queues = new QueueBrowserViewModel(cloud.sqs(), diagram);
        buckets = new BucketBrowserViewModel(cloud.s3(), diagram);
        executions = new ExecutionBrowserViewModel(cloud.stepFunctions(), diagram);
        getTabs().setAll(tab("Tables", "tablesTab", new TableBrowserView(tables, confirm), tables::refresh),
                tab("Queues", "queuesTab", new QueueBrowserView(queues, confirm), queues::refresh),
                tab("Buckets", "bucketsTab", new BucketBrowserView(buckets, files, confirm), buckets::refresh),
                tab("Executions", "executionsTab", new ExecutionBrowserView(executions), executions::refresh));
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Reads what every browser shows again (e.g. after traffic, or when the panel is shown). */
    public void refresh() {
        tables.refresh();
        queues.refresh();
        buckets.refresh();
        executions.refresh();
    }

    private static Tab tab(String title, String id, javafx.scene.Node content, Runnable refresh) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                refresh.run();
            }
        });
        return tab;
    }
}
