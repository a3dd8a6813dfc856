package studio.serverless.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import studio.serverless.canvas.tool.GestureRouter;

/**
 * The editor's own keys: Delete and Backspace delete the selection, Escape cancels the gesture in progress (or
 * else clears the selection), Space held turns drags into pans. Menu shortcuts belong to the shell.
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

    private void released(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            router.setSpaceDown(false);
            event.consume();
        }
    }
}
