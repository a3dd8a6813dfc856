package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Application;
import javafx.stage.Stage;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.designer.FileChooserPicker;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.canvas.icon.ServiceIcons;
import studio.serverless.model.validation.Validator;

/** The JavaFX application: shows the designer window, with the diagram file given on the command line open. */
public final class StudioApplication extends Application {

    /** Shows the main window on the primary stage (AtlantaFX Primer Light) and opens the file given, if any. */
    @Override
    public void start(Stage stage) {
        DesignerViewModel designer = new DesignerViewModel(DiagramLoader.standard(), Validator.standard());
        MainWindow window = new MainWindow(designer, new FileChooserPicker(), ServiceIcons.standard());
        window.show(stage);
        diagramFileArgument().ifPresent(window::open);
    }

    /** The diagram file named on the command line; none when started by a test rather than by launch(). */
    private Optional<Path> diagramFileArgument() {
        return Optional.ofNullable(getParameters())
                .flatMap(parameters -> parameters.getRaw().stream().findFirst())
                .map(Path::of);
    }
}
