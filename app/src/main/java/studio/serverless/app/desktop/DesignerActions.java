package studio.serverless.app.desktop;

/** What the menu bar and the toolbar can ask the designer window to do. */
interface DesignerActions {

    /** Replaces the diagram by a new, empty one. */
    void newDiagram();

    /** Asks for a diagram file and opens it. */
    void open();

    /** Saves to the diagram's file, or asks for one when it has none. */
    void save();

    /** Asks for a file and saves the diagram to it. */
    void saveAs();

    /** Closes the app. */
    void quit();

    /** Undoes the last edit. */
    void undo();

    /** Redoes the last undone edit. */
    void redo();

    /** Deletes the selected services and connections. */
    void delete();

    /** Selects every service and connection. */
    void selectAll();

    /** Zooms the canvas in one step. */
    void zoomIn();

    /** Zooms the canvas out one step. */
    void zoomOut();

    /** Zooms so that the whole diagram shows. */
    void zoomToFit();

    /** Zooms to 100%. */
    void zoomTo100();

    /** Moves the focus to the palette's search field. */
    void findService();

    /** Shows what the app is. */
    void about();
}
