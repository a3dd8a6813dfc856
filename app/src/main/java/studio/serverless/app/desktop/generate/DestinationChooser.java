package studio.serverless.app.desktop.generate;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to write the project: a folder, or a zip file. Tests pass their own. */
@FunctionalInterface
public interface DestinationChooser {

    /** The chosen folder (or zip file when {@code zip}), or empty when the user cancelled. */
    Optional<Path> choose(Window owner, boolean zip);

    /** The platform's folder and file choosers. */
    static DestinationChooser system() {
        return (owner, zip) -> {
            File chosen;
            if (zip) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Write the project to a zip file");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archives", "*.zip"));
                chooser.setInitialFileName("project.zip");
                chosen = chooser.showSaveDialog(owner);
            } else {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Write the project into a folder");
                chosen = chooser.showDialog(owner);
            }
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
