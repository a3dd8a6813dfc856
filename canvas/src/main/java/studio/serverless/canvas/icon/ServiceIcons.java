package studio.serverless.canvas.icon;

import java.net.URL;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import studio.serverless.canvas.view.IconFactory;
import studio.serverless.icons.IconResources;
import studio.serverless.model.catalog.ServiceKind;

/**
 * The project's service icons from the icons module, for every {@link ServiceKind}: as nodes for the diagram's
 * figures (this is the editor's default {@link IconFactory}), as images for palette and list cells, and the
 * application icon for {@code Stage.getIcons()}. All icons are read once, when this is made, so a missing or
 * broken icon fails at start-up with a message naming the file.
 */
public final class ServiceIcons implements IconFactory {

    private static ServiceIcons standard;

    private final Map<ServiceKind, SvgIcon> icons = new EnumMap<>(ServiceKind.class);
    private final Map<String, Image> images = new HashMap<>();

    /** Reads the icon of every service kind. */
    public ServiceIcons() {
        for (ServiceKind kind : ServiceKind.values()) {
            icons.put(kind, SvgIconLoader.load(resource(kind)));
        }
    }

    /** One shared set of icons, read on first use. */
    public static synchronized ServiceIcons standard() {
        if (standard == null) {
            standard = new ServiceIcons();
        }
        return standard;
    }

    /** The SVG resource of a kind's icon; fails naming the kind and the expected resource when there is none. */
    public static URL resource(ServiceKind kind) {
        return IconResources.serviceIcon(kind.id()).orElseThrow(() -> new IllegalStateException("No icon for "
                + kind.displayName() + ": expected " + IconResources.serviceIconPath(kind.id()) + " in the icons module"));
    }

    /** The loaded icon of a kind, e.g. to look at its view box. */
    public SvgIcon svg(ServiceKind kind) {
        return icons.get(kind);
    }

    /** A new node showing the kind's icon in a square of {@code size} pixels. */
    @Override
    public Node icon(ServiceKind kind, double size) {
        return icons.get(kind).node(size);
    }

    /**
     * The kind's icon as an image of {@code size} x {@code size} pixels on a transparent background, for cells
     * that show images. Images are kept, so asking again is cheap. Call on the JavaFX application thread.
     */
    public Image image(ServiceKind kind, int size) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Icon images are drawn on the JavaFX application thread; called on "
                    + Thread.currentThread().getName());
        }
        return images.computeIfAbsent(kind.id() + "@" + size, key -> snapshot(icon(kind, size)));
    }

    /** The application icon in every size it was rendered in, smallest first, for {@code Stage.getIcons()}. */
    public static List<Image> applicationIcons() {
        return IconResources.appIconPngs().stream().map(url -> new Image(url.toExternalForm())).toList();
    }

    private static Image snapshot(Node icon) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return icon.snapshot(parameters, null);
    }
}
