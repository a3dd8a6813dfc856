package studio.serverless.canvas.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import studio.serverless.canvas.selection.SelectionModel;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.DiagramListener;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.ServiceId;

/**
 * The inspector control ({@code #inspector}): follows a selection and shows what is selected
 * ({@code #inspectorHeading}, {@code #inspectorSubtitle}), the service's name ({@code #inspectorName}) and one
 * {@link PropertyRow} per property. Rebuilt when the selection changes, refreshed in place when the element
 * changes, so an undo shows at once and a field being typed in keeps the focus.
 */
public final class Inspector extends ScrollPane {

    private final InspectorModel model;
    private final SelectionModel selection;
    private final CommandStack stack;
    private final VBox content = new VBox(10);
    private final Label heading = new Label();
    private final Label subtitle = new Label();
    private final List<PropertyRow> rows = new ArrayList<>();
    private final InvalidationListener selectionListener = observable -> rebuild();
    private final DiagramListener diagramListener = event -> refresh();
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);
    private NameRow nameRow;

    /** An inspector of the selection, editing through the stack's commands. */
    public Inspector(CommandStack stack, SelectionModel selection) {
        this.stack = stack;
        this.selection = selection;
        this.model = new InspectorModel(stack);
        getStylesheets().add(Inspector.class.getResource("/studio/serverless/canvas/panels.css").toExternalForm());
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        heading.setId("inspectorHeading");
        heading.getStyleClass().add("inspector-heading");
        subtitle.setId("inspectorSubtitle");
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.setWrapText(true);
        content.getStyleClass().add("inspector-content");
        setContent(content);
        selection.elements().addListener(selectionListener);
        stack.diagram().addListener(diagramListener);
        rebuild();
    }

    /** The name field of the selected service, for the shell's focus order; {@code null} when none shows. */
    public TextField nameField() {
        return nameRow == null ? null : nameRow.field();
    }

    /** Whether the fields show values without taking edits (a running diagram); off by default. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** Stops following the selection and the diagram (when the document closes). */
    public void dispose() {
        selection.elements().removeListener(selectionListener);
        stack.diagram().removeListener(diagramListener);
    }

    private void rebuild() {
        InspectorContent described = model.describe(liveSelection());
        heading.setText(described.heading());
        subtitle.setText(described.subtitle());
        content.getChildren().setAll(heading, subtitle);
        rows.clear();
        nameRow = described.renamable().map(id -> new NameRow(id, described.name(), model)).orElse(null);
        if (nameRow != null) {
            nameRow.node().disableProperty().bind(readOnly);
            content.getChildren().add(nameRow.node());
        }
        for (InspectorField field : described.fields()) {
            PropertyRow row = new PropertyRow(field, model::set);
            rows.add(row);
            row.node().disableProperty().bind(readOnly);
            content.getChildren().add(row.node());
        }
    }

    private void refresh() {
        List<ElementId> live = liveSelection();
        if (live.size() != 1) {
            return;
        }
        InspectorContent described = model.describe(live);
        if (described.fields().size() != rows.size()) {
            rebuild();
            return;
        }
        for (int index = 0; index < rows.size(); index++) {
            rows.get(index).refresh(described.fields().get(index));
        }
        Optional<ServiceId> renamable = described.renamable();
        if (nameRow != null && renamable.isPresent()) {
            nameRow.show(described.name());
        }
    }

    private List<ElementId> liveSelection() {
        return selection.elements().stream().filter(model::exists).toList();
    }
}
