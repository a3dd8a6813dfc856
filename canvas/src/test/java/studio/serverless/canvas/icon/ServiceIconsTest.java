package studio.serverless.canvas.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.geometry.Bounds;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import studio.serverless.icons.IconResources;
import studio.serverless.model.catalog.ServiceKind;

@ExtendWith(ApplicationExtension.class)
class ServiceIconsTest {

    private static final int SIZE = 48;

    private final ServiceIcons icons = ServiceIcons.standard();

    @ParameterizedTest(name = "{0}")
    @EnumSource(ServiceKind.class)
    void everyKindHasAnIconDrawnInWhiteOnItsCategoryColour(ServiceKind kind, FxRobot robot) {
        // given
        Color category = Color.web(kind.category().colour());

        // when
        Image image = render(robot, kind);

        // then
        assertEquals(SIZE, image.getWidth());
        assertEquals(SIZE, image.getHeight());
        assertClose(category, image.getPixelReader().getColor(SIZE / 2, 1), kind + " background");
        double background = share(image, category);
        double glyph = share(image, Color.WHITE);
        assertTrue(background > 0.4, kind + ": category colour covers only " + background);
        assertTrue(glyph > 0.05, kind + ": the white glyph covers only " + glyph);
        assertTrue(background > glyph, kind + ": the glyph outweighs the background");
    }

    @Test
    void anIconNodeFillsExactlyTheSquareAskedFor(FxRobot robot) {
        AtomicReference<Bounds> bounds = new AtomicReference<>();

        robot.interact(() -> bounds.set(icons.icon(ServiceKind.S3_BUCKET, 40).getLayoutBounds()));

        assertEquals(40, bounds.get().getWidth(), 0.01);
        assertEquals(40, bounds.get().getHeight(), 0.01);
    }

    @Test
    void anImageAskedForTwiceIsDrawnOnce(FxRobot robot) {
        AtomicReference<List<Image>> images = new AtomicReference<>();

        robot.interact(() -> images.set(List.of(icons.image(ServiceKind.SNS_TOPIC, 24),
                icons.image(ServiceKind.SNS_TOPIC, 24), icons.image(ServiceKind.SNS_TOPIC, 32))));

        assertSame(images.get().get(0), images.get().get(1));
        assertEquals(32, images.get().get(2).getWidth());
    }

    @Test
    void imagesAreOnlyDrawnOnTheApplicationThread() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> icons.image(ServiceKind.LAMBDA_FUNCTION, 24));

        assertTrue(error.getMessage().contains("JavaFX application thread"), error.getMessage());
    }

    @Test
    void theApplicationIconComesInEverySizeForTheWindow() {
        List<Image> images = ServiceIcons.applicationIcons();

        assertEquals(IconResources.APP_ICON_SIZES, images.stream().map(image -> (int) image.getWidth()).toList());
        images.forEach(image -> assertEquals(image.getWidth(), image.getHeight()));
        images.forEach(image -> assertTrue(!image.isError(), image.getUrl()));
    }

    private Image render(FxRobot robot, ServiceKind kind) {
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> image.set(icons.image(kind, SIZE)));
        return image.get();
    }

    private static double share(Image image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        int matching = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                matching += close(colour, pixels.getColor(x, y)) ? 1 : 0;
            }
        }
        return matching / (image.getWidth() * image.getHeight());
    }

    private static boolean close(Color expected, Color actual) {
        return Math.abs(expected.getRed() - actual.getRed()) < 0.03
                && Math.abs(expected.getGreen() - actual.getGreen()) < 0.03
                && Math.abs(expected.getBlue() - actual.getBlue()) < 0.03
                && actual.getOpacity() > 0.97;
    }

    private static void assertClose(Color expected, Color actual, String what) {
        assertTrue(close(expected, actual), what + ": expected " + expected + " but was " + actual);
    }
}
