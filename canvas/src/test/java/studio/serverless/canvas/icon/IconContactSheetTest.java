package studio.serverless.canvas.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import studio.serverless.model.catalog.ServiceKind;

/**
 * Draws the contact sheet and checks every icon shows on it; leaves it in target/icons.png, which is copied to
 * docs/icons.png when the icons change.
 */
@ExtendWith(ApplicationExtension.class)
class IconContactSheetTest {

    @Test
    void everyIconShowsOnTheContactSheetAtEverySize(FxRobot robot) throws IOException {
        // given
        AtomicReference<IconContactSheet> sheet = new AtomicReference<>();
        AtomicReference<Image> image = new AtomicReference<>();

        // when
        robot.interact(() -> {
            sheet.set(new IconContactSheet(ServiceIcons.standard()));
            image.set(sheet.get().snapshot());
        });

        // then
        assertEquals((ServiceKind.values().length + 1) * 3, sheet.get().icons().size());
        for (Node icon : sheet.get().icons()) {
            Bounds bounds = icon.localToScene(icon.getLayoutBounds());
            Color top = image.get().getPixelReader().getColor(
                    (int) bounds.getCenterX(), (int) bounds.getMinY() + 1);
            assertNotEquals(Color.web(IconContactSheet.LIGHT), top, "icon at " + bounds);
            assertNotEquals(Color.web(IconContactSheet.DARK), top, "icon at " + bounds);
        }
        IconContactSheet.writePng(image.get(), Path.of("target", "icons.png"));
    }
}
