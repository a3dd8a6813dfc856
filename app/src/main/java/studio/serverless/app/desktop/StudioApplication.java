package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.Optional;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.model.validation.Validator;

/** The JavaFX application: applies the theme and shows the main window. */
public final class StudioApplication extends Application {

    /** Shows the main window on the primary stage, with the AtlantaFX Primer Light theme and the file given. */
    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DiagramOverviewViewModel overview = new DiagramOverviewViewModel(DiagramLoader.standard(),
                Validator.standard());
        new MainWindow(overview).show(stage);
        diagramFileArgument().ifPresent(overview::open);
    }

    /** The diagram file named on the command line; none when started by a test rather than by launch(). */
    private Optional<Path> diagramFileArgument() {
        return Optional.ofNullable(getParameters())
                .flatMap(parameters -> parameters.getRaw().stream().findFirst())
                .map(Path::of);
    }
}
