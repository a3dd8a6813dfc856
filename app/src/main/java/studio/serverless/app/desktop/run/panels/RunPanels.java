package studio.serverless.app.desktop.run.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import studio.serverless.app.desktop.run.RunActivitySink;
import studio.serverless.app.desktop.run.RunAttachment;
import studio.serverless.app.desktop.run.browse.DataBrowsersView;
import studio.serverless.app.desktop.run.clock.ClockView;
import studio.serverless.app.desktop.run.clock.ClockViewModel;
import studio.serverless.app.desktop.run.cost.CostView;
import studio.serverless.app.desktop.run.cost.CostViewModel;
import studio.serverless.app.desktop.run.logs.FileChooserExportPicker;
import studio.serverless.app.desktop.run.logs.RunLogsPane;
import studio.serverless.app.desktop.run.test.RequestMemory;
import studio.serverless.app.desktop.run.test.TestPanelView;
import studio.serverless.app.desktop.run.test.TestPanelViewModel;
import studio.serverless.app.run.LocalRun;
import studio.serverless.app.run.cost.CostCalculator;
import studio.serverless.app.run.cost.PriceList;
import studio.serverless.runner.activity.ActivitySubscription;

/**
 * The run's panels, in tabs under the canvas while a diagram runs ({@code #runPanels}): Test (send to every entry
 * point), Logs (per function, and the run's timeline), Data (tables, queues, buckets, executions; re-read once a
 * second while the run is busy), Clock (pause, fast-forward) and Cost (the traffic seen, projected to a month). Hidden
 * when nothing runs. The test panel's last requests are kept across runs of the session.
 */
public final class RunPanels implements RunAttachment {

    private final TabPane tabs = new TabPane();
    private final RequestMemory requests = new RequestMemory();

    /** Empty and hidden until a run is attached. */
    public RunPanels() {
        tabs.setId("runPanels");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(300);
        tabs.setMinHeight(0);
        show(false);
    }

    /** The tabs, to dock in the window. */
    public Node node() {
        return tabs;
    }

    @Override
    public AutoCloseable attach(LocalRun run, RunActivitySink activity) {
        List<AutoCloseable> closing = new ArrayList<>();
        TestPanelViewModel testPanel = TestPanelViewModel.forRun(run.diagram(), run.cloud(), run.apis(), requests);
        closing.add(testPanel::close);
        RunLogsPane logs = new RunLogsPane(run.cloud().lambda()::addLogListener, run.cloud().activity()::subscribe,
                new FileChooserExportPicker());
        closing.add(logs);
        DataBrowsersView data = new DataBrowsersView(run.cloud(), run.diagram());
        closing.add(refreshWhileBusy(run, data));
        RunUsage usage = new RunUsage(System::nanoTime);
        closing.add(run.cloud().activity().subscribe(usage));
        CostView cost = new CostView(new CostViewModel(new CostCalculator(PriceList.bundled("us-east-1")),
                () -> usage.usage(run.cloud().metrics())));
        tabs.getTabs().setAll(tab("testTab", "Test", TestPanelView.create(testPanel)), tab("logsTab", "Logs", logs),
                tab("dataTab", "Data", data), tab("clockTab", "Clock",
                        new ClockView(ClockViewModel.of(run.clock(), run.cloud()))),
                tab("costTab", "Cost", cost));
        show(true);
        return () -> {
            show(false);
            tabs.getTabs().clear();
            for (AutoCloseable each : closing) {
                each.close();
            }
        };
    }

    /** Re-reads the data browsers once a second when something happened in the run since the last time. */
    private static AutoCloseable refreshWhileBusy(LocalRun run, DataBrowsersView data) {
        AtomicBoolean busy = new AtomicBoolean();
        ActivitySubscription subscription = run.cloud().activity().subscribe(activity -> busy.set(true));
        Timeline refresh = new Timeline(new KeyFrame(Duration.seconds(1), event -> {
            if (busy.getAndSet(false)) {
                data.refresh();
            }
        }));
        refresh.setCycleCount(Timeline.INDEFINITE);
        refresh.play();
        return () -> {
            refresh.stop();
            subscription.close();
        };
    }

    private void show(boolean shown) {
        tabs.setVisible(shown);
        tabs.setManaged(shown);
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
