package studio.serverless.app.desktop.run.browse;

import java.util.function.Consumer;

import javafx.scene.control.ComboBox;

/** How each browser's chooser of a table, queue, bucket or state machine behaves. */
public final class ResourceChoosers {

    private ResourceChoosers() {
    }

    /**
     * Reads the chosen resource with {@code select} whenever one is chosen, also when the one already chosen is
     * chosen again from the list (to read it anew), and chooses the first at once, so the usual diagram with one of
     * them shows its content without a click.
     */
    public static void wire(ComboBox<String> chooser, Consumer<String> select) {
        chooser.setOnAction(event -> select.accept(chooser.getValue()));
        chooser.setOnHidden(event -> {
            if (chooser.getValue() != null) {
                select.accept(chooser.getValue());
            }
        });
        chooser.getItems().stream().findFirst().ifPresent(chooser::setValue);
    }
}
