/**
 * The JavaFX diagram editor. Knows the model and the icons, never the app, the generator or the runner.
 *
 * <p>The shell uses one class, {@link studio.serverless.canvas.DiagramEditor}, made with the model's
 * {@code CommandStack}: it shows the stack's diagram, follows its {@code DiagramEvent}s (updating only the
 * figures and edges concerned) and edits it only through {@code CommandStack.execute}, one command per gesture.
 * Its API:
 * <ul>
 *   <li>{@code selection()}: a {@link studio.serverless.canvas.selection.SelectionModel} whose observable
 *       {@code elements()} set the inspector follows and the problems panel writes;</li>
 *   <li>{@code zoomProperty()}, {@code zoomToFit()}, {@code zoomTo100()}, {@code centerOn(ElementId)};</li>
 *   <li>{@code snapToGridProperty()}, {@code grid()}/{@code setGrid(Grid)} (20 px by default);</li>
 *   <li>{@code addService(ServiceKind, Point)}, {@code deleteSelection()}, and palette drag-and-drop with
 *       {@code DiagramEditor.SERVICE_KIND_FORMAT} (content: the kind's id; the figure is centred on the drop);</li>
 *   <li>{@code setDiagnostics(List<Diagnostic>)}: badges on services and marked edges, messages as tooltips;</li>
 *   <li>{@code setConnectionChooser(ConnectionChooser)} and {@code setIconFactory(IconFactory)} to plug in
 *       another chooser (default: a context menu) or other icons (default: the project's {@code ServiceIcons});</li>
 *   <li>{@code hintProperty()}: the transient hint shown (e.g. why a connection was refused);
 *       {@code dispose()} stops listening to the diagram.</li>
 * </ul>
 *
 * <p>Gestures: click selects, Shift-click toggles, a drag on empty space selects with a rubber band, a click on
 * empty space clears; dragging a selected figure moves the selection (snapped; Escape reverts); dragging from a
 * figure's right-edge handle (or Alt-dragging a figure) connects; Delete or Backspace deletes; the mouse wheel
 * zooms around the pointer (a touchpad's two-finger scroll pans, its pinch zooms); Space-drag or middle-drag
 * pans. Undo, redo, copy and the other menu commands belong to the shell, which calls the command stack.
 *
 * <p>Sub-packages: {@code geometry} (plain math, unit-tested), {@code selection}, {@code view} (figures, edges,
 * viewport), {@code tool} (one class per gesture). Only the types named above are meant for the shell.
 */
package studio.serverless.canvas;
