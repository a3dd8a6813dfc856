package studio.serverless.app.desktop.gallery;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.model.format.DiagramFormatException;

/**
 * File > New from Example: a dialog ({@code #exampleGallery}) listing the examples ({@code #exampleList}) with a
 * thumbnail, title and summary each, the chosen one's full description below ({@code #exampleDescription}), and
 * Open ({@code #openExampleButton}; also a double-click) or Cancel.
 */
public final class ExampleGalleryDialog {

    static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    private ExampleGalleryDialog() {
    }

    /**
     * Shows the gallery of {@link ExampleCatalog#standard()} and returns the chosen example as a new untitled,
     * clean document; empty when cancelled or when the examples cannot be read (told to {@code reportProblem}).
     */
    public static Optional<DiagramDocument> chooseDocument(Window owner, Consumer<String> reportProblem) {
        try {
            Optional<Example> chosen = create(owner, ExampleCatalog.standard().examples()).showAndWait();
            return chosen.isPresent() ? Optional.of(DiagramDocument.fromExample(chosen.get().diagram()))
                    : Optional.empty();
        } catch (IOException e) {
            reportProblem.accept("Could not read the examples: " + e.getMessage());
        } catch (DiagramFormatException e) {
            reportProblem.accept("Could not open the example: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The dialog over these examples, not yet shown; its result is the chosen example. */
    public static Dialog<Example> create(Window owner, List<Example> examples) {
        ListView<Example> list = new ListView<>();
        list.setId("exampleList");
        list.getItems().setAll(examples);
        list.setCellFactory(view -> new ExampleCell());
        list.setPrefSize(620, 420);
        TextArea description = new TextArea();
        description.setId("exampleDescription");
        description.setEditable(false);
        description.setWrapText(true);
        description.setPrefSize(620, 110);
        list.getSelectionModel().selectedItemProperty().addListener((property, was, example) ->
                description.setText(example == null ? "" : example.description()));

        Dialog<Example> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New from Example");
        dialog.setHeaderText("Start from an example architecture. It opens as a new, untitled diagram.");
        dialog.getDialogPane().setId("exampleGallery");
        dialog.getDialogPane().setContent(new VBox(10, list, description));
        dialog.getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
        Button open = (Button) dialog.getDialogPane().lookupButton(OPEN);
        open.setId("openExampleButton");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !open.isDisabled()) {
                open.fire();
            }
        });
        dialog.setResultConverter(button -> button == OPEN ? list.getSelectionModel().getSelectedItem() : null);
        return dialog;
    }
}
