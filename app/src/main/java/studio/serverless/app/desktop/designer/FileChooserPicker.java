package studio.serverless.app.desktop.designer;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import studio.serverless.model.format.DiagramFiles;

/** The file dialogs of the platform, showing diagram files ({@code *.studio.json}) first. */
public final class FileChooserPicker implements FilePicker {

    @Override
    public Optional<Path> fileToOpen(Window owner) {
        File file = chooser("Open diagram").showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> fileToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save diagram as");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FileChooserPicker::withExtension);
    }

    /** The path, with {@code .studio.json} added when the person typed a name without it. */
    static Path withExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.endsWith(DiagramFiles.EXTENSION) ? file : file.resolveSibling(name + DiagramFiles.EXTENSION);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Serverless Studio diagrams", "*" + DiagramFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
