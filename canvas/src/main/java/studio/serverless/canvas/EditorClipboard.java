package studio.serverless.canvas;

import java.util.List;
import java.util.Optional;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import studio.serverless.model.command.CompoundCommand;
import studio.serverless.model.command.RemoveCommand;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.fragment.DiagramFragment;
import studio.serverless.model.fragment.FragmentPaste;
import studio.serverless.model.format.DiagramFormatException;

/**
 * Copy, cut, paste and duplicate for one editor. The system clipboard gets the selected services and the
 * connections among them twice: in {@link DiagramEditor#FRAGMENT_FORMAT} and as plain text, both the text of a
 * diagram file, so another window (or a text editor) can take them. Each paste of the same content lands one
 * grid step further down and right, so repeated pastes do not pile up.
 */
final class EditorClipboard {

    private final DiagramEditor editor;
    private String lastText;
    private int pastesOfLastText;

    EditorClipboard(DiagramEditor editor) {
        this.editor = editor;
    }

    boolean copy() {
        DiagramFragment fragment = DiagramFragment.of(editor.diagram(), editor.selection().services());
        if (fragment.isEmpty()) {
            return false;
        }
        String text = fragment.toText();
        ClipboardContent content = new ClipboardContent();
        content.put(DiagramEditor.FRAGMENT_FORMAT, text);
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        lastText = text;
        pastesOfLastText = 0;
        return true;
    }

    void cut() {
        if (copy()) {
            RemoveCommand remove = new RemoveCommand(editor.selection().services(), editor.selection().connections());
            int count = editor.selection().services().size();
            editor.commandStack().execute(new CompoundCommand(
                    count == 1 ? "Cut service" : "Cut " + count + " services", List.of(remove)));
            pastesOfLastText = -1;
        }
    }

    void paste() {
        clipboardText().ifPresent(text -> {
            pastesOfLastText = text.equals(lastText) ? pastesOfLastText + 1 : 1;
            lastText = text;
            double step = editor.grid().spacing() * pastesOfLastText;
            read(text).ifPresent(fragment -> apply(fragment, step, step, "Paste"));
        });
    }

    void pasteAt(Point diagramPoint) {
        clipboardText().flatMap(this::read).ifPresent(fragment -> {
            Point wanted = editor.snapToGridProperty().get() ? editor.grid().snap(diagramPoint) : diagramPoint;
            Point topLeft = fragment.topLeft();
            apply(fragment, wanted.x() - topLeft.x(), wanted.y() - topLeft.y(), "Paste");
        });
    }

    void duplicate() {
        DiagramFragment fragment = DiagramFragment.of(editor.diagram(), editor.selection().services());
        if (!fragment.isEmpty()) {
            double step = editor.grid().spacing();
            apply(fragment, step, step, "Duplicate");
        }
    }

    boolean hasContent() {
        return clipboardText().isPresent();
    }

    private void apply(DiagramFragment fragment, double dx, double dy, String verb) {
        FragmentPaste paste = FragmentPaste.prepare(editor.diagram(), fragment, dx, dy);
        editor.commandStack().execute(paste.command(verb));
        editor.selection().selectOnly(paste.serviceIds());
    }

    private Optional<String> clipboardText() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Object own = clipboard.getContent(DiagramEditor.FRAGMENT_FORMAT);
        if (own instanceof String text) {
            return Optional.of(text);
        }
        return Optional.ofNullable(clipboard.getString()).filter(text -> text.contains("serverless-studio-diagram"));
    }

    private Optional<DiagramFragment> read(String text) {
        try {
            return Optional.of(DiagramFragment.fromText(text, "the clipboard"));
        } catch (DiagramFormatException e) {
            editor.showHint("Cannot paste: " + e.getMessage());
            return Optional.empty();
        }
    }
}
