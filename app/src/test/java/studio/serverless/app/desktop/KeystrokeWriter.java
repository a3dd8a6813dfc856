package studio.serverless.app.desktop;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.testfx.service.adapter.impl.JavafxRobotAdapter;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Types text into the focused control as key-typed events, the events TestFX's own {@code write} sends, but all
 * queued at once and waited for once: {@code write} waits for the FX thread after every character (about 50 ms),
 * which made typing a state machine definition by hand take minutes.
 */
final class KeystrokeWriter {

    private KeystrokeWriter() {
    }

    /** Types the text, character by character, into whatever has the focus in the scene. */
    static void type(Scene scene, String text) {
        JavafxRobotAdapter keyboard = new JavafxRobotAdapter();
        keyboard.robotCreate(scene);
        text.codePoints().forEach(character -> keyboard.keyType(KeyCode.UNDEFINED, Character.toString(character)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
