package studio.serverless.canvas;

import java.util.EnumSet;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import studio.serverless.canvas.tool.GestureRouter;

/**
 * The editor's own keys: Delete and Backspace delete the selection, Escape cancels the gesture in progress (or
 * else clears the selection), Space held turns drags into pans; Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D copy, cut, paste
 * and duplicate (Ctrl+Shift+V pastes at the pointer; Cmd on macOS). Consuming them keeps a menu accelerator of
 * the shell for the same key from running the action a second time. Other menu shortcuts belong to the shell.
 */
final class EditorKeys {

    private final DiagramEditor editor;
    private final GestureRouter router;

    EditorKeys(DiagramEditor editor, GestureRouter router) {
        this.editor = editor;
        this.router = router;
    }

    void install() {
        editor.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        editor.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
    }

    private void pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown() && clipboardKey(event)) {
            event.consume();
            return;
        }
        if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            router.cancel();
            editor.deleteSelection();
        } else if (code == KeyCode.ESCAPE) {
            if (!router.cancel()) {
                editor.selection().clear();
            }
        } else if (code == KeyCode.SPACE) {
            router.setSpaceDown(true);
        } else {
            return;
        }
        event.consume();
    }

    private boolean clipboardKey(KeyEvent event) {
        if (!EnumSet.of(KeyCode.C, KeyCode.X, KeyCode.V, KeyCode.D).contains(event.getCode())) {
            return false;
        }
        router.cancel();
        switch (event.getCode()) {
            case C -> editor.copySelection();
            case X -> editor.cutSelection();
            case V -> {
                if (event.isShiftDown()) {
                    editor.pasteAtPointer();
                } else {
                    editor.paste();
                }
            }
            default -> editor.duplicateSelection();
        }
        return true;
    }

    private void released(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            router.setSpaceDown(false);
            event.consume();
        }
    }
}
