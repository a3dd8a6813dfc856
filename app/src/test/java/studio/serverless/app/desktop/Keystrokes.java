package studio.serverless.app.desktop;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.testfx.service.adapter.impl.JavafxRobotAdapter;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys pressed and text typed into whatever has the focus, as the key events TestFX's own {@code write} and
 * {@code push} send, but queued together and waited for once at {@link #done()}. TestFX waits for the FX thread
 * after every key (about 50 ms each), which made typing a state machine definition by hand take minutes.
 */
final class Keystrokes {

    private final JavafxRobotAdapter keyboard = new JavafxRobotAdapter();

    /** Keystrokes into the focus owner of this scene. */
    Keystrokes(Scene scene) {
        keyboard.robotCreate(scene);
    }

    /** Presses the keys in order (a combination such as Control+A), then releases them in reverse. */
    Keystrokes press(KeyCode... combination) {
        for (KeyCode key : combination) {
            keyboard.keyPress(key);
        }
        for (int index = combination.length - 1; index >= 0; index--) {
            keyboard.keyRelease(combination[index]);
        }
        return this;
    }

    /** Types the text, character by character. */
    Keystrokes type(String text) {
        text.codePoints().forEach(character -> keyboard.keyType(KeyCode.UNDEFINED, Character.toString(character)));
        return this;
    }

    /** Waits until the FX thread has handled every keystroke. */
    void done() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
