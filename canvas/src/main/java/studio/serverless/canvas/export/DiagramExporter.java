package studio.serverless.canvas.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import javafx.geometry.Dimension2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import studio.serverless.canvas.view.IconFactory;
import studio.serverless.model.diagram.Diagram;

/**
 * Writes a whole diagram (not just what the editor's view shows) as a picture, with a margin of
 * {@value DiagramExtent#MARGIN} diagram units around the figures. Get one from {@code DiagramEditor.exporter()}.
 */
public final class DiagramExporter {

    /** The largest scale accepted for PNG export. */
    public static final double MAX_SCALE = 8;

    private final Diagram diagram;
    private final IconFactory icons;

    /** An exporter of this diagram whose PNG figures show icons from this factory. */
    public DiagramExporter(Diagram diagram, IconFactory icons) {
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.icons = Objects.requireNonNull(icons, "icons");
    }

    /** {@link #writePng(Path, double, Color)} on white. */
    public void writePng(Path file, double scale) throws IOException {
        writePng(file, scale, Color.WHITE);
    }

    /**
     * Writes a PNG of the diagram at a scale (1 is one pixel per diagram unit, 2 for high-density screens) on a
     * background colour (white, or a theme's background). Call on the JavaFX application thread.
     *
     * @throws IllegalArgumentException when the scale is not above 0 and at most {@link #MAX_SCALE}
     * @throws IOException              when the file cannot be written
     */
    public void writePng(Path file, double scale, Color background) throws IOException {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("the PNG scale must be above 0 and at most " + MAX_SCALE + ", not "
                    + scale);
        }
        WritableImage image = new DiagramSnapshot(diagram, icons).take(scale, background);
        PngFiles.write(image, file);
    }

    /** The size in pixels {@link #writePng} gives at a scale: width and height of the diagram and margins. */
    public Dimension2D pngSize(double scale) {
        var area = DiagramExtent.withMargin(diagram);
        return new Dimension2D(Math.ceil(area.width() * scale), Math.ceil(area.height() * scale));
    }

    /** {@link #writeSvg(Path, String)} on white. */
    public void writeSvg(Path file) throws IOException {
        writeSvg(file, "white");
    }

    /** Writes an SVG of the diagram on a background (an SVG colour, e.g. {@code #1E1E1E}); any thread. */
    public void writeSvg(Path file, String background) throws IOException {
        Files.writeString(file, SvgDocument.of(diagram, XmlText.escape(background)), StandardCharsets.UTF_8);
    }
}
