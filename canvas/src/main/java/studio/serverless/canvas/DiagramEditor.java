package studio.serverless.canvas;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Point2D;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.input.DataFormat;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import studio.serverless.canvas.export.DiagramExporter;
import studio.serverless.canvas.geometry.Alignment;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.Distribution;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.canvas.geometry.Grid;
import studio.serverless.canvas.geometry.ViewTransform;
import studio.serverless.canvas.icon.ServiceIcons;
import studio.serverless.canvas.run.RunOverlay;
import studio.serverless.canvas.selection.SelectionModel;
import studio.serverless.canvas.tool.ConnectionChooser;
import studio.serverless.canvas.tool.ContextMenuConnectionChooser;
import studio.serverless.canvas.tool.GestureRouter;
import studio.serverless.canvas.view.DiagramView;
import studio.serverless.canvas.view.IconFactory;
import studio.serverless.canvas.view.Viewport;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.AddServiceCommand;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.command.RemoveCommand;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;

/**
 * The diagram editor control: shows the diagram of a {@link CommandStack} and edits it only through that stack's
 * commands, so every gesture is one undo step. See the package documentation for the gestures and the API.
 */
public final class DiagramEditor extends Region {

    /** The drag-and-drop format of a palette entry; the content is the {@link ServiceKind#id()}. */
    public static final DataFormat SERVICE_KIND_FORMAT = new DataFormat("application/x-serverless-studio-service-kind");

    /**
     * The clipboard format of copied services and the connections among them; the content is the text of a
     * diagram file holding just those (see {@code DiagramFragment}), also put on the clipboard as plain text.
     */
    public static final DataFormat FRAGMENT_FORMAT = new DataFormat("application/x-serverless-studio-fragment");

    private final CommandStack commandStack;
    private final SelectionModel selection = new SelectionModel();
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);
    private final StringProperty readOnlyReason = new SimpleStringProperty(this, "readOnlyReason",
            "The diagram is read-only");
    private final DiagramView view;
    private final Viewport viewport;
    private final HintLabel hint = new HintLabel();
    private final GestureRouter router;
    private Grid grid = Grid.STANDARD;
    private ConnectionChooser connectionChooser;
    private IconFactory icons = ServiceIcons.standard();
    private final EditorClipboard clipboard = new EditorClipboard(this);
    private final SelectionArranger arranger = new SelectionArranger(this);
    private Point2D pointerInScene;
    private RunOverlay runOverlay;

    /** An editor of the diagram of this command stack, at 100% with the diagram's origin at the top left. */
    public DiagramEditor(CommandStack commandStack) {
        this.commandStack = Objects.requireNonNull(commandStack, "commandStack");
        this.view = new DiagramView(commandStack.diagram(), selection, icons);
        this.viewport = new Viewport(view.layers().content());
        // culled before the first CSS pass, so opening styles only what is near the origin; the first layout
        // culls to the real size
        view.cullTo(new Box(0, 0, 0, 0), 1);
        this.connectionChooser = new ContextMenuConnectionChooser(this);
        setId("diagram-editor");
        getStyleClass().add("diagram-editor");
        setFocusTraversable(true);
        getChildren().addAll(viewport, hint);
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> requestFocus());
        addEventFilter(MouseEvent.ANY, event -> pointerInScene = new Point2D(event.getSceneX(), event.getSceneY()));
        viewport.transformProperty().addListener((observable, before, after) -> cull());
        this.router = new GestureRouter(new EditorToolContext(this));
        new EditorKeys(this, router).install();
        new PaletteDropTarget(this).install();
    }

    /** The command stack every edit goes through. */
    public CommandStack commandStack() {
        return commandStack;
    }

    /** The diagram shown. */
    public Diagram diagram() {
        return commandStack.diagram();
    }

    /** The selection; observe or change {@link SelectionModel#elements()}. */
    public SelectionModel selection() {
        return selection;
    }

    /** The zoom factor, 1 for 100%, kept between 10% and 400%; setting it zooms around the middle. */
    public DoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    /** Whether moves and new services snap to the grid (on by default). */
    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /**
     * Whether the diagram is read-only (off by default): while it is, selecting, inspecting, copying, zooming and
     * panning work, but no gesture, key or method of this editor changes the diagram; one that would shows
     * {@link #readOnlyReasonProperty()} as a hint instead ({@link #addService} throws). A running diagram is.
     */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** The hint shown when an edit is refused because the diagram is read-only, e.g. "Running — stop to edit". */
    public StringProperty readOnlyReasonProperty() {
        return readOnlyReason;
    }

    /**
     * The run overlay: tokens along connections, live badges and failed marks on services, drawn above the
     * figures and edges without redrawing them.
     */
    public RunOverlay runOverlay() {
        if (runOverlay == null) {
            runOverlay = new RunOverlay(diagram(), view.layers().overlay());
        }
        return runOverlay;
    }

    /** The grid spacing used for snapping (20 by default). */
    public Grid grid() {
        return grid;
    }

    /** Uses another grid for snapping. */
    public void setGrid(Grid newGrid) {
        grid = Objects.requireNonNull(newGrid, "newGrid");
    }

    /** The latest hint shown to the person (e.g. why a connection was refused), empty when none shows. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.textProperty();
    }

    /** Uses another way to ask which connection is meant (the default is a context menu). */
    public void setConnectionChooser(ConnectionChooser chooser) {
        connectionChooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** Uses other icons in the figures' icon slots (the default is the project's {@link ServiceIcons}). */
    public void setIconFactory(IconFactory icons) {
        this.icons = Objects.requireNonNull(icons, "icons");
        view.setIconFactory(icons);
    }

    /**
     * Adds a service of a kind with its top-left corner at a diagram position (snapped when snapping is on), with
     * a fresh id and an unused default name, through one command; selects it and returns its id.
     */
    public ServiceId addService(ServiceKind kind, Point position) {
        if (readOnly.get()) {
            throw new IllegalStateException(readOnlyReason.get() + ": no service can be added");
        }
        Diagram diagram = diagram();
        Point placed = snapToGrid.get() ? grid.snap(position) : position;
        String name = diagram.unusedName(ServiceCatalog.standard().service(kind).defaultName());
        Service service = Service.create(diagram.newServiceId(kind), kind, name, placed);
        commandStack.execute(new AddServiceCommand(service));
        selection.selectOnly(service.id());
        return service.id();
    }

    /** Removes the selected services (with their connections) and connections through one command. */
    public void deleteSelection() {
        if (refusedWhileReadOnly()) {
            return;
        }
        if (!selection.elements().isEmpty()) {
            commandStack.execute(new RemoveCommand(selection.services(), selection.connections()));
        }
    }

    /** Copies the selected services and the connections among them to the system clipboard (Ctrl+C). */
    public void copySelection() {
        clipboard.copy();
    }

    /** Copies the selected services, then removes the selection through one command "Cut N services" (Ctrl+X). */
    public void cutSelection() {
        if (refusedWhileReadOnly()) {
            return;
        }
        clipboard.cut();
    }

    /**
     * Adds what the clipboard holds through one command "Paste N services", with new ids and unique names, one
     * grid step further down and right on each paste of the same content, and selects it (Ctrl+V). A clipboard
     * without services does nothing; text that looks like a diagram but is broken shows a hint saying why.
     */
    public void paste() {
        if (refusedWhileReadOnly()) {
            return;
        }
        clipboard.paste();
    }

    /** Pastes with the top-left of the pasted services at a diagram point, snapped when snapping is on. */
    public void pasteAt(Point diagramPoint) {
        if (refusedWhileReadOnly()) {
            return;
        }
        clipboard.pasteAt(Objects.requireNonNull(diagramPoint, "diagramPoint"));
    }

    /** Pastes at the mouse pointer's last place over the editor, or like {@link #paste()} if it was never over it. */
    public void pasteAtPointer() {
        if (pointerInScene == null) {
            paste();
        } else {
            pasteAt(viewport.toDiagram(pointerInScene.getX(), pointerInScene.getY()));
        }
    }

    /** Whether the clipboard holds services to paste (to enable the Paste menu item). */
    public boolean canPaste() {
        return clipboard.hasContent();
    }

    /** Copies the selected services in place, one grid step down and right, through one command (Ctrl+D). */
    public void duplicateSelection() {
        if (refusedWhileReadOnly()) {
            return;
        }
        clipboard.duplicate();
    }

    /** Lines up two or more selected services through one command, e.g. "Align 3 services left". */
    public void align(Alignment alignment) {
        if (refusedWhileReadOnly()) {
            return;
        }
        arranger.align(Objects.requireNonNull(alignment, "alignment"));
    }

    /** Spreads three or more selected services evenly through one command. */
    public void distribute(Distribution distribution) {
        if (refusedWhileReadOnly()) {
            return;
        }
        arranger.distribute(Objects.requireNonNull(distribution, "distribution"));
    }

    /**
     * Lays the whole diagram out left to right by data flow (see {@code LayeredLayout}), from the top-left of its
     * current extent, through one command "Lay out N services".
     */
    public void layOutDiagram() {
        if (refusedWhileReadOnly()) {
            return;
        }
        arranger.layOutDiagram();
    }

    /** Writes the diagram as PNG or SVG, with the icons the editor shows. */
    public DiagramExporter exporter() {
        return new DiagramExporter(diagram(), icons);
    }

    /** Shows validation results: badges on services, marked edges, messages as tooltips. */
    public void setDiagnostics(List<Diagnostic> diagnostics) {
        view.setDiagnostics(diagnostics);
    }

    /** Zooms and pans so the whole diagram shows (never beyond 100%); 100% at the origin when it is empty. */
    public void zoomToFit() {
        Optional<Box> extent = diagram().services().stream()
                .map(service -> FigureGeometry.boxAt(service.position())).reduce(Box::union);
        viewport.setTransform(extent.map(box -> ViewTransform.fitting(box, 40, getWidth(), getHeight()))
                .orElse(ViewTransform.IDENTITY));
    }

    /** Zooms to 100% around the middle of the view. */
    public void zoomTo100() {
        zoomProperty().set(1);
    }

    /** Pans (keeping the zoom) so that a service or connection is in the middle of the view. */
    public void centerOn(ElementId element) {
        ElementCenters.of(diagram(), element).ifPresent(center ->
                viewport.setTransform(viewport.transform().centeredOn(center, getWidth(), getHeight())));
    }

    /** Pans (keeping the zoom) so that a diagram point is in the middle of the view (the minimap uses it). */
    public void centerOn(Point diagramPoint) {
        viewport.setTransform(viewport.transform().centeredOn(diagramPoint, getWidth(), getHeight()));
    }

    /** Whether every service lies wholly in view now (an empty diagram is). */
    public boolean showsWholeDiagram() {
        ViewTransform transform = viewTransformProperty().get();
        Point topLeft = transform.toDiagram(Point.ORIGIN);
        Box visible = new Box(topLeft.x(), topLeft.y(), getWidth() / transform.zoom(), getHeight() / transform.zoom());
        return diagram().services().stream().map(service -> FigureGeometry.boxAt(service.position()))
                .allMatch(visible::contains);
    }

    /** How the diagram is shown now: zoom and pan; observable, e.g. by a minimap. */
    public ReadOnlyObjectProperty<ViewTransform> viewTransformProperty() {
        return viewport.transformProperty();
    }

    /** The diagram point shown in the middle of the view: where a service added from the keyboard goes. */
    public Point visibleCenter() {
        return viewport.transform().toDiagram(new Point(getWidth() / 2, getHeight() / 2));
    }

    /** Stops listening to the diagram (when the editor is closed but the diagram lives on). */
    public void dispose() {
        view.dispose();
    }

    DiagramView view() {
        return view;
    }

    Viewport viewport() {
        return viewport;
    }

    Grid snapGrid() {
        return snapToGrid.get() ? grid : null;
    }

    ConnectionChooser connectionChooser() {
        return connectionChooser;
    }

    /** Whether edits are refused now; says why as a hint when they are. */
    boolean refusedWhileReadOnly() {
        if (readOnly.get()) {
            showHint(readOnlyReason.get());
        }
        return readOnly.get();
    }

    void showHint(String text) {
        hint.flash(text);
    }

    private void cull() {
        view.cullTo(viewport.visibleArea(), viewport.transform().zoom());
    }

    @Override
    protected void layoutChildren() {
        viewport.resizeRelocate(0, 0, getWidth(), getHeight());
        cull();
        hint.autosize();
        hint.relocate(12, getHeight() - hint.getHeight() - 12);
    }

    @Override
    public String getUserAgentStylesheet() {
        return DiagramEditor.class.getResource("canvas.css").toExternalForm();
    }
}
