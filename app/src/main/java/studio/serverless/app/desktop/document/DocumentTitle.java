package studio.serverless.app.desktop.document;

/** The window title of a document: its name, a leading {@code *} while unsaved, and the application's name. */
public final class DocumentTitle {

    /** The application's name, the end of every window title. */
    public static final String APP_NAME = "Serverless Studio";

    /** The name of a document that has no file yet. */
    public static final String UNTITLED = "Untitled";

    /** The marker put before the name of a document with unsaved work, as many editors do. */
    public static final String UNSAVED_MARKER = "*";

    private DocumentTitle() {
    }

    /** E.g. {@code orders.studio.json — Serverless Studio}, or {@code *Untitled — Serverless Studio}. */
    public static String of(String documentName, boolean unsaved) {
        return (unsaved ? UNSAVED_MARKER : "") + documentName + " — " + APP_NAME;
    }
}
