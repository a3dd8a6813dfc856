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
 *       {@code dispose()} stops listening to the diagram;</li>
 *   <li>clipboard: {@code copySelection()}, {@code cutSelection()}, {@code paste()}, {@code pasteAt(Point)},
 *       {@code pasteAtPointer()}, {@code duplicateSelection()}, {@code canPaste()}; the clipboard holds
 *       {@code FRAGMENT_FORMAT} and plain text, both the text of a diagram file (decision record 0013);</li>
 *   <li>arranging: {@code align(Alignment)}, {@code distribute(Distribution)} (geometry enums) and
 *       {@code layOutDiagram()}, each one named command;</li>
 *   <li>{@code exporter()}: a {@link studio.serverless.canvas.export.DiagramExporter} for PNG and SVG;
 *       {@code viewTransformProperty()} and {@code centerOn(Point)}, which the
 *       {@link studio.serverless.canvas.minimap.Minimap} uses;</li>
 *   <li>running: {@code readOnlyProperty()} (with {@code readOnlyReasonProperty()}, the hint shown when an edit is
 *       refused) locks the diagram while selection and inspection go on; {@code runOverlay()} is the
 *       {@link studio.serverless.canvas.run.RunOverlay} showing tokens, badges and failed services.</li>
 * </ul>
 *
 * <p>Gestures: click selects, Shift-click toggles, a drag on empty space selects with a rubber band, a click on
 * empty space clears; dragging a selected figure moves the selection (snapped; Escape reverts); dragging from a
 * figure's right-edge handle (or Alt-dragging a figure) connects; Delete or Backspace deletes; the mouse wheel
 * zooms around the pointer (a touchpad's two-finger scroll pans, its pinch zooms); Space-drag or middle-drag
 * pans; Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+Shift+V (at the pointer) and Ctrl+D copy, cut, paste and duplicate (the
 * editor consumes them). Undo, redo and the other menu commands belong to the shell, which calls the command
 * stack or the methods above. Figures and edges off-screen are not drawn, nor text below 40% zoom.
 *
 * <p>Sub-packages: {@code geometry} (plain math, unit-tested), {@code selection}, {@code view} (figures, edges,
 * viewport), {@code tool} (one class per gesture), {@code export}, {@code minimap}, {@code run} (the run overlay). Only the types named above
 * are meant for the shell.
 */
package studio.serverless.canvas;
