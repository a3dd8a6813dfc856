package studio.serverless.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IconResourcesTest {

    static Iterable<Integer> appIconSizes() {
        return IconResources.APP_ICON_SIZES;
    }

    @ParameterizedTest(name = "{0} px")
    @MethodSource("appIconSizes")
    void theAppIconPngExistsAtEverySizeWithThoseDimensions(int size) throws IOException {
        BufferedImage image = ImageIO.read(IconResources.appIconPng(size));

        assertEquals(size, image.getWidth());
        assertEquals(size, image.getHeight());
        assertTrue((image.getRGB(size / 2, size / 2) >>> 24) > 0, "the centre of the icon is drawn");
    }

    @Test
    void theAppIconPngsAreListedSmallestFirst() {
        assertEquals(IconResources.APP_ICON_SIZES.size(), IconResources.appIconPngs().size());
        assertTrue(IconResources.appIconPngs().get(0).getPath().endsWith("app-16.png"));
    }

    @Test
    void anAppIconSizeThatWasNotRenderedIsRefusedWithTheSizesThereAre() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IconResources.appIconPng(20));

        assertTrue(error.getMessage().contains("20 px"), error.getMessage());
        assertTrue(error.getMessage().contains("[16, 32, 48, 64, 128, 256, 512]"), error.getMessage());
    }

    @Test
    void theAppIconSvgIsAnSvgDocument() throws IOException {
        assertTrue(read(IconResources.appIconSvg()).startsWith("<svg "));
    }

    @Test
    void aServiceIconIsFoundByItsKindId() {
        assertTrue(IconResources.serviceIcon("dynamodb").orElseThrow().getPath().endsWith("/dynamodb.svg"));
    }

    @Test
    void aKindWithoutAnIconHasNone() {
        assertTrue(IconResources.serviceIcon("no-such-service").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../app", "SQS", "sqs.svg", "", "a/b"})
    void aNameThatIsNotAKindIdIsRefused(String name) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IconResources.serviceIconPath(name));

        assertTrue(error.getMessage().contains("'" + name + "'"), error.getMessage());
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
