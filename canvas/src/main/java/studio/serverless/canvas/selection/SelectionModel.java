package studio.serverless.canvas.selection;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.ServiceId;

/**
 * The selected services and connections of one editor. The set is observable, so the inspector can follow it,
 * and writable, so the problems panel can select the elements of a problem. Ids of elements that leave the
 * diagram are dropped by the editor.
 */
public final class SelectionModel {

    private final ObservableSet<ElementId> elements = FXCollections.observableSet(new LinkedHashSet<>());

    /** The selected element ids, in selection order; observable and writable. */
    public ObservableSet<ElementId> elements() {
        return elements;
    }

    /** Selects exactly this element. */
    public void selectOnly(ElementId id) {
        selectOnly(Set.of(id));
    }

    /** Selects exactly these elements. */
    public void selectOnly(Collection<? extends ElementId> ids) {
        elements.retainAll(ids);
        elements.addAll(ids);
    }

    /** Adds the element when it is not selected, removes it when it is (Shift-click). */
    public void toggle(ElementId id) {
        if (!elements.remove(id)) {
            elements.add(id);
        }
    }

    /** Whether the element is selected. */
    public boolean isSelected(ElementId id) {
        return elements.contains(id);
    }

    /** Selects nothing. */
    public void clear() {
        elements.clear();
    }

    /** The selected services, in selection order. */
    public Set<ServiceId> services() {
        return elements.stream().filter(ServiceId.class::isInstance).map(ServiceId.class::cast)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The selected connections, in selection order. */
    public Set<ConnectionId> connections() {
        return elements.stream().filter(ConnectionId.class::isInstance).map(ConnectionId.class::cast)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
