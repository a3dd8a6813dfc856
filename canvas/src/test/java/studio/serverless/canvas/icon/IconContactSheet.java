package studio.serverless.canvas.icon;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import studio.serverless.icons.IconResources;
import studio.serverless.model.catalog.ServiceKind;

/**
 * The contact sheet of docs/icons.png: every service icon and the application icon at 64 px and 24 px, and at
 * 24 px on a dark background, drawn by the real loader. Build it on the JavaFX application thread.
 */
final class IconContactSheet {

    static final String LIGHT = "#FAFAFA";
    static final String DARK = "#1E1E1E";

    private final List<Node> icons = new ArrayList<>();
    private final HBox sheet = new HBox(8);

    IconContactSheet(ServiceIcons serviceIcons) {
        for (ServiceKind kind : ServiceKind.values()) {
            sheet.getChildren().add(cell(kind.displayName(), size -> serviceIcons.icon(kind, size)));
        }
        SvgIcon app = SvgIconLoader.load(IconResources.appIconSvg());
        sheet.getChildren().add(cell("Serverless Studio", app::node));
        sheet.setPadding(new Insets(12));
        sheet.setStyle("-fx-background-color: " + LIGHT + ";");
        new Scene(sheet);
        sheet.applyCss();
        sheet.layout();
    }

    /** The icon nodes on the sheet, in order: for each entry 64 px, 24 px, 24 px on dark. */
    List<Node> icons() {
        return icons;
    }

    /** The sheet as an image. */
    Image snapshot() {
        return sheet.snapshot(null, null);
    }

    /** Writes an image as PNG (without javafx.swing: pixels are copied one by one). */
    static void writePng(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                copy.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(copy, "png", file.toFile());
    }

    private VBox cell(String name, java.util.function.DoubleFunction<Node> icon) {
        Node large = icon.apply(64);
        Node small = icon.apply(24);
        Node onDark = icon.apply(24);
        icons.addAll(List.of(large, small, onDark));
        StackPane dark = new StackPane(onDark);
        dark.setStyle("-fx-background-color: " + DARK + "; -fx-padding: 6;");
        dark.setMaxWidth(36);
        Label label = new Label(name);
        label.setWrapText(true);
        label.setStyle("-fx-font-size: 11px; -fx-text-alignment: center;");
        label.setAlignment(Pos.CENTER);
        VBox cell = new VBox(8, large, small, dark, label);
        cell.setAlignment(Pos.TOP_CENTER);
        cell.setPrefWidth(96);
        return cell;
    }
}
