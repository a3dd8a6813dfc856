package studio.serverless.app.desktop.run.logs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's save dialog, offering the format's extension first. */
public final class FileChooserExportPicker implements ExportFilePicker {

    @Override
    public Optional<Path> fileToExport(Window owner, String suggestedName, TimelineFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the timeline");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(format.name().replace('_', ' ') + " files", "*." + format.extension()),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
