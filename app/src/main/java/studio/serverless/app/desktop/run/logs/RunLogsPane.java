package studio.serverless.app.desktop.run.logs;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The run's logs and timeline side by side as two tabs, for the window to dock while a run lasts. Close it when
 * the run stops: it stops listening.
 */
public final class RunLogsPane extends TabPane implements AutoCloseable {

    private final FunctionLogView logs;
    private final TimelineView timeline;

    /**
     * Panes listening to {@code logSource} ({@code cloud.lambda()::addLogListener}) and {@code activitySource}
     * ({@code cloud.activity()::subscribe}), exporting where {@code picker} says.
     */
    public RunLogsPane(LogSource logSource, ActivitySource activitySource, ExportFilePicker picker) {
        FunctionLogViewModel logModel = new FunctionLogViewModel(FunctionLogViewModel.DEFAULT_CAPACITY);
        logModel.listenTo(logSource);
        TimelineViewModel timelineModel = new TimelineViewModel(TimelineViewModel.DEFAULT_CAPACITY);
        timelineModel.listenTo(activitySource);
        logs = new FunctionLogView(logModel);
        timeline = new TimelineView(timelineModel, picker);
        setId("runLogsPane");
        Tab logsTab = new Tab("Logs", logs);
        logsTab.setId("runLogsTab");
        Tab timelineTab = new Tab("Timeline", timeline);
        timelineTab.setId("runTimelineTab");
        getTabs().addAll(logsTab, timelineTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Stops listening and draining. */
    @Override
    public void close() {
        logs.close();
        timeline.close();
    }
}
