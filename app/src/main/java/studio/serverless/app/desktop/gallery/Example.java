package studio.serverless.app.desktop.gallery;

import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.format.DiagramReader;

/**
 * One example diagram of the gallery.
 *
 * @param fileName    its file name, e.g. {@code crud-api.studio.json}
 * @param title       a readable title, e.g. "CRUD API"
 * @param summary     one line about it, e.g. "The back end of a to-do or product list"
 * @param description what a learner sees in it (a paragraph; may be empty)
 * @param content     the file's text
 */
public record Example(String fileName, String title, String summary, String description, String content) {

    /** A fresh copy of the diagram, to edit or to draw; fails with the reader's one-line message. */
    public Diagram diagram() throws DiagramFormatException {
        return DiagramReader.read(content, fileName);
    }

    /** The title, so that a plain list shows something readable. */
    @Override
    public String toString() {
        return title;
    }
}
