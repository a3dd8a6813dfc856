package studio.serverless.app.desktop;

import java.io.File;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import studio.serverless.app.cli.VersionProvider;
import studio.serverless.model.format.DiagramFiles;

/** The main window: menu bar on top, the open diagram in the centre. */
public final class MainWindow {

    /** The window's first width, in pixels. */
    public static final double WIDTH = 1200;
    /** The window's first height, in pixels. */
    public static final double HEIGHT = 800;

    private final DiagramOverviewViewModel model;
    private Stage stage;

    /** A window showing the view model. */
    public MainWindow(DiagramOverviewViewModel model) {
        this.model = model;
    }

    /** Lays the window out on the stage, binds its title and shows it. */
    public void show(Stage target) {
        this.stage = target;
        BorderPane root = new BorderPane();
        root.setTop(MainMenu.create(model::newDiagram, this::chooseAndOpen, Platform::exit, this::showAbout));
        root.setCenter(DiagramOverviewView.create(model, this::chooseAndOpen));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.show();
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open diagram");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Serverless Studio diagrams", "*" + DiagramFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.open(file.toPath());
        }
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About " + DiagramOverviewViewModel.APP_NAME);
        about.setHeaderText(DiagramOverviewViewModel.APP_NAME + " " + VersionProvider.version());
        about.setContentText("Design, check, generate and run serverless architectures on your own machine.");
        about.showAndWait();
    }
}
