package studio.serverless.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;

@ExtendWith(ApplicationExtension.class)
class ExportRobotTest {

    @TempDir
    Path folder;
    private DiagramEditor editor;

    @Start
    void start(Stage stage) {
        editor = new DiagramEditor(new CommandStack(new Diagram()));
        stage.setScene(new Scene(editor, 400, 300));
        stage.show();
    }

    @Test
    void thePngShowsTheWholeDiagramWithItsMarginAtTheScaleAsked(FxRobot robot) throws Exception {
        // given a figure far outside the 400 x 300 view
        robot.interact(() -> {
            editor.addService(ServiceKind.LAMBDA_FUNCTION, new Point(100, 100));
            editor.addService(ServiceKind.DYNAMODB_TABLE, new Point(1500, 900));
        });
        Path png = folder.resolve("diagram.png");

        // when
        robot.interact(() -> {
            try {
                editor.exporter().writePng(png, 2);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // then: figures span 100..1660 x 100..964, plus 40 on each side, times 2
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2 * 1640, image.getWidth());
        assertEquals(2 * 944, image.getHeight());
        assertEquals(0xFFFFFFFF, image.getRGB(10, 10), "the margin is white");
        assertTrue(hasNonWhitePixelNear(image, 2 * (1500 - 60 + 80), 2 * (900 - 60 + 32)),
                "the far figure is drawn");
    }

    @Test
    void theSvgIsWrittenToTheFile(FxRobot robot) throws Exception {
        robot.interact(() -> editor.addService(ServiceKind.S3_BUCKET, new Point(0, 0)));
        Path svg = folder.resolve("diagram.svg");

        editor.exporter().writeSvg(svg);

        assertTrue(Files.readString(svg).contains(">bucket</title>"));
    }

    private static boolean hasNonWhitePixelNear(BufferedImage image, int centreX, int centreY) {
        for (int x = centreX - 150; x < centreX + 150; x++) {
            for (int y = centreY - 60; y < centreY + 60; y++) {
                if (image.getRGB(x, y) != 0xFFFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
