package studio.serverless.app.desktop;

import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.run.RunSessionViewModel;
import studio.serverless.app.desktop.document.DiagramFileDrop;
import studio.serverless.app.desktop.document.DiscardChangesDialog;
import studio.serverless.app.desktop.document.RecentFiles;
import studio.serverless.app.desktop.document.SettingsFolder;
import studio.serverless.app.desktop.document.UnsavedChangesGuard;
import studio.serverless.canvas.icon.ServiceIcons;

import java.nio.file.Path;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.designer.FilePicker;
import studio.serverless.app.desktop.designer.Theme;
import studio.serverless.canvas.palette.PaletteEntries;
import studio.serverless.canvas.palette.ServicePalette;
import studio.serverless.canvas.view.IconFactory;
import studio.serverless.model.catalog.ServiceCatalog;

/**
 * The designer window: menu bar and toolbar on top, the palette ({@code #palette}) left, the canvas
 * ({@code #canvas}) centre, the inspector ({@code #inspector}) right, the problems panel and the status bar
 * ({@code #statusBar}) at the bottom. Tab moves the focus in that order. What it shows comes from view models. The
 * Run menu runs the diagram in the local cloud, its edits locked meanwhile ({@link RunWiring}).
 */
public final class MainWindow {

    /** The window's first width, in pixels. */
    public static final double WIDTH = 1280;
    /** The window's first height, in pixels. */
    public static final double HEIGHT = 800;

    private final DesignerViewModel model;
    private final DocumentPanes panes;
    private final BooleanProperty problemsShown = new SimpleBooleanProperty(true);
    private final WindowActions actions;
    private final ServicePalette palette;
    private final BorderPane root = new BorderPane();
    private final RecentFiles recentFiles;
    private final WindowTheme theme;
    private final UnsavedChangesGuard unsavedWork;
    private final ProjectActions project;
    private final RunWiring running;
    private Stage stage;

    /** A window showing the designer's view model, asking the picker for files and drawing kinds with the icons. */
    public MainWindow(DesignerViewModel model, FilePicker picker, IconFactory icons) {
        this(model, picker, icons, SettingsFolder.forCurrentUser());
    }

    /** {@link #MainWindow(DesignerViewModel, FilePicker, IconFactory)} keeping recent files and theme in a folder. */
    public MainWindow(DesignerViewModel model, FilePicker picker, IconFactory icons, Path settingsFolder) {
        this(model, picker, icons, settingsFolder, RunSessionViewModel.standard());
    }

    /** {@link #MainWindow(DesignerViewModel, FilePicker, IconFactory, Path)} running diagrams through a session. */
    public MainWindow(DesignerViewModel model, FilePicker picker, IconFactory icons, Path settingsFolder,
                      RunSessionViewModel runSession) {
        this.model = model;
        this.recentFiles = new RecentFiles(settingsFolder);
        this.theme = new WindowTheme(settingsFolder);
        this.panes = new DocumentPanes(model, icons);
        this.palette = new ServicePalette(new PaletteEntries(ServiceCatalog.standard()), icons,
                kind -> panes.workspace().addAtCentre(kind));
        this.actions = new WindowActions(model, picker, () -> stage, panes::workspace,
                () -> palette.filterField().requestFocus());
        this.unsavedWork = new UnsavedChangesGuard(name -> new DiscardChangesDialog(stage).ask(name), document -> {
            actions.save();
            return !document.isDirty();
        });
        this.project = new ProjectActions(model, () -> stage, () -> panes.workspace().editor(), this::mayDiscard,
                this::reportProblem);
        actions.guardWith(this::mayDiscard, this::remember);
        this.running = new RunWiring(runSession, model, panes, settingsFolder, this::reportProblem, problemsShown);
        palette.disableProperty().bind(running.locked());
    }

    /** Lays the window out on the stage, binds its title and shows it. */
    public void show(Stage target) {
        this.stage = target;
        palette.setPrefWidth(230);
        MenuBar menuBar = MainMenu.create(actions, model, theme.property(), problemsShown, running.locked());
        MoreMenus.addTo(menuBar, project, () -> panes.workspace().editor(), recentFiles, actions::open,
                this::reportProblem, running.locked());
        running.addMenu(menuBar);
        ToolBar toolbar = DesignerToolbar.create(actions, model, running.locked());
        running.addButtons(toolbar);
        root.setTop(new VBox(menuBar, toolbar));
        root.setLeft(palette);
        root.setCenter(running.canvasWithBanner(panes.canvas()));
        root.setRight(panes.inspector());
        root.setBottom(new VBox(problemsPanel(), running.panels(), panes.statusBar()));
        model.documentProperty().addListener((observable, old, document) -> show(document));
        model.diagnosticsProperty().addListener(observable -> panes.refresh());
        show(model.document());
        theme.applyTo(root, this::reportProblem);
        stage.titleProperty().bind(model.titleProperty());
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), () -> {
            if (!running.locked().get()) {
                actions.redo();
            }
        });
        stage.setScene(scene);
        stage.getIcons().setAll(ServiceIcons.applicationIcons());
        stage.setOnCloseRequest(event -> {
            if (!closeAfterAsking()) {
                event.consume();
            }
        });
        DiagramFileDrop.install(root, actions::open);
        stage.show();
        panes.workspace().editor().requestFocus();
    }

    private void show(DiagramDocument document) {
        running.documentChanging();
        panes.show(document);
        running.lockShownDocument();
    }

    /** Opens a diagram file, as File › Open does after the dialog (an alert explains a file that cannot be read). */
    public void open(Path file) {
        actions.open(file);
    }

    /** The theme in use; setting it restyles the whole window. */
    public ObjectProperty<Theme> themeProperty() {
        return theme.property();
    }

    private Node problemsPanel() {
        Node panel = panes.problemsPanel();
        panel.setStyle("-fx-pref-height: 140;");
        // while a diagram runs its edits are locked, and the run's panels take the problems panel's place
        BooleanBinding shown = problemsShown.and(running.locked().not());
        panel.visibleProperty().bind(shown);
        panel.managedProperty().bind(shown);
        return panel;
    }

    /** Asks about unsaved work; when the window may close, ends autosave so nothing is left to recover. */
    private boolean closeAfterAsking() {
        if (!mayDiscard()) {
            return false;
        }
        running.windowClosing();
        model.close();
        return true;
    }

    /** Whether the open diagram may be replaced or closed now, after asking about unsaved work. */
    private boolean mayDiscard() {
        return unsavedWork.mayDiscard(model.document());
    }

    private void remember(Path file) {
        try {
            recentFiles.add(file);
        } catch (java.io.IOException e) {
            reportProblem("Could not update the recent files: " + e.getMessage());
        }
    }

    /** Shows a warning over the window without waiting (so it may be called from an animation tick). */
    void reportProblem(String message) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.WARNING, message);
        alert.initOwner(stage);
        alert.show();
    }
}
