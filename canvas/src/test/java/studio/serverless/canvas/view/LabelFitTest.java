package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Labels longer than their line are cut short, so they do not run over the figures at its ends. */
@ExtendWith(ApplicationExtension.class)
class LabelFitTest {

    private static final String TEXT = "POST /orders/{id}";

    private final Text label = new Text();

    @Test
    void aLabelThatFitsIsShownWhole() {
        double width = LabelFit.fit(label, TEXT, 1000);

        assertEquals(TEXT, label.getText());
        assertEquals(label.getLayoutBounds().getWidth(), width);
    }

    @Test
    void aLabelTooLongForItsLineIsCutShortWithAnEllipsisWithinTheRoom() {
        double room = new Text(TEXT).getLayoutBounds().getWidth() / 2;

        double width = LabelFit.fit(label, TEXT, room);

        assertTrue(label.getText().endsWith(LabelFit.ELLIPSIS), label.getText());
        assertTrue(TEXT.startsWith(label.getText().replace(LabelFit.ELLIPSIS, "")), label.getText());
        assertTrue(width <= room, width + " > " + room);
        assertTrue(label.getText().length() > 4, "as much as fits: " + label.getText());
    }

    @Test
    void withRoomForHardlyALetterTheLabelIsLeftOut() {
        LabelFit.fit(label, TEXT, 8);

        assertEquals("", label.getText());
    }
}
