package studio.serverless.app.desktop.document;

/** The answer to "Save changes to X before closing?". */
public enum DiscardChoice {
    /** Save first (asking for a file name if untitled), then go on. */
    SAVE,
    /** Throw the unsaved work away and go on. */
    DONT_SAVE,
    /** Stop: keep the document open as it is. */
    CANCEL
}
