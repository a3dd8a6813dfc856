package studio.serverless.canvas.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgIconLoaderTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">";

    @Test
    void anUnsupportedElementIsRefusedNamingTheFileAndTheElement() {
        SvgFormatException error = assertThrows(SvgFormatException.class,
                () -> load(OPEN + "<rect width=\"64\" height=\"64\"/><text x=\"4\">Hi</text></svg>"));

        assertTrue(error.getMessage().startsWith("broken.svg: <text> is not supported"), error.getMessage());
        assertTrue(error.getMessage().contains("<svg>, <g>, <rect>, <circle>, <polygon>, <path>"), error.getMessage());
    }

    @Test
    void anUnsupportedElementInsideAGroupIsRefusedToo() {
        SvgFormatException error = assertThrows(SvgFormatException.class,
                () -> load(OPEN + "<g fill=\"#fff\"><linearGradient id=\"a\"/></g></svg>"));

        assertTrue(error.getMessage().startsWith("broken.svg: <linearGradient> is not supported"), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<rect width='8' height='8' transform='rotate(45)'/>| <rect> has the unsupported attribute transform",
        "<rect width='8'/>| <rect> needs the attribute height",
        "<circle r='4px'/>| <circle> has r=\"4px\", which is not a plain number",
        "<circle r='4' fill='orangeish'/>| <circle> has fill=\"orangeish\", which is not a colour",
        "<polygon points='0,0 8,8'/>| <polygon> has 4 coordinates in points",
        "<path d='hello'/>| <path> has d=\"hello\", which is not SVG path data",
        "<path d='M0 0 L8 8' stroke-linecap='pointy'/>| <path> has stroke-linecap=\"pointy\"; expected one of"})
    void badAttributesAreRefusedSayingWhatWasExpected(String element, String message) {
        SvgFormatException error = assertThrows(SvgFormatException.class,
                () -> load(OPEN + element.replace('\'', '"') + "</svg>"));

        assertTrue(error.getMessage().startsWith("broken.svg: " + message), error.getMessage());
    }

    @Test
    void aDocumentThatIsNotSvgIsRefused() {
        SvgFormatException error = assertThrows(SvgFormatException.class, () -> load("<html/>"));

        assertEquals("broken.svg: <html> is not an SVG document: the root element must be <svg>", error.getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverFetched() {
        SvgFormatException error = assertThrows(SvgFormatException.class, () -> load(
                "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + OPEN + "</svg>"));

        assertTrue(error.getMessage().startsWith("broken.svg: is not well-formed XML without a DOCTYPE"));
    }

    @Test
    void aGroupsPaintIsInheritedAndAnElementCanOverrideIt() throws IOException {
        Group drawing = drawing(load(OPEN + "<g fill=\"#ED7100\" stroke=\"white\" stroke-width=\"3\">"
                + "<rect width=\"64\" height=\"64\" rx=\"10\"/><rect width=\"8\" height=\"8\" fill=\"none\"/></g></svg>"));

        Rectangle background = (Rectangle) drawing.getChildren().get(0);
        Rectangle outline = (Rectangle) drawing.getChildren().get(1);
        assertEquals(Color.web("#ED7100"), background.getFill());
        assertEquals(Color.WHITE, background.getStroke());
        assertEquals(3, background.getStrokeWidth());
        assertEquals(20, background.getArcWidth());
        assertEquals(Color.TRANSPARENT, outline.getFill());
    }

    @Test
    void svgDefaultsApplyWhereJavaFxWouldDrawDifferently() throws IOException {
        Group drawing = drawing(load(OPEN + "<path d=\"M0 0 L8 8\"/></svg>"));

        SVGPath path = (SVGPath) drawing.getChildren().get(0);
        assertEquals(StrokeLineCap.BUTT, path.getStrokeLineCap());
        assertNull(path.getStroke());
        assertEquals(Color.BLACK, path.getFill());
    }

    @Test
    void theIconIsScaledFromItsViewBoxToTheSizeAskedFor() throws IOException {
        SvgIcon icon = load("<svg viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\"/></svg>");

        Parent node = (Parent) icon.node(24);

        assertEquals(new SvgIcon.ViewBox(0, 0, 32, 32), icon.viewBox());
        assertEquals(24, node.getChildrenUnmodifiable().get(0).getBoundsInParent().getWidth(), 0.01);
    }

    private static Group drawing(SvgIcon icon) {
        return (Group) ((Parent) icon.node(64)).getChildrenUnmodifiable().get(0);
    }

    private static SvgIcon load(String svg) throws IOException {
        return SvgIconLoader.load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), "broken.svg");
    }
}
