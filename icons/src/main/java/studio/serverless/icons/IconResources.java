package studio.serverless.icons;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the icon resources. Service icons are keyed by the service kind's file id (e.g. {@code dynamodb}), so
 * this module needs no dependency on the model; the canvas checks that every kind has one.
 */
public final class IconResources {

    /** The sizes, in pixels, of the application icon's PNG renditions. */
    public static final List<Integer> APP_ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private static final String FOLDER = "/studio/serverless/icons/";
    private static final Pattern ICON_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private IconResources() {
    }

    /** The classpath path of the SVG icon for a service kind id, e.g. {@code /studio/serverless/icons/sqs.svg}. */
    public static String serviceIconPath(String kindId) {
        if (kindId == null || !ICON_NAME.matcher(kindId).matches()) {
            throw new IllegalArgumentException("Icon name '" + kindId
                    + "' is not a service kind id: expected lower-case letters, digits and dashes, e.g. 'sqs'");
        }
        return FOLDER + kindId + ".svg";
    }

    /** The SVG icon for a service kind id, or empty when the project has drawn none for it. */
    public static Optional<URL> serviceIcon(String kindId) {
        return Optional.ofNullable(IconResources.class.getResource(serviceIconPath(kindId)));
    }

    /** The application icon as SVG. */
    public static URL appIconSvg() {
        return require(FOLDER + "app.svg");
    }

    /** The application icon as a PNG of {@code size} x {@code size} pixels; size is one of {@link #APP_ICON_SIZES}. */
    public static URL appIconPng(int size) {
        if (!APP_ICON_SIZES.contains(size)) {
            throw new IllegalArgumentException("No application icon of " + size + " px: sizes are " + APP_ICON_SIZES);
        }
        return require(FOLDER + "app-" + size + ".png");
    }

    /** Every PNG rendition of the application icon, smallest first (what {@code Stage.getIcons()} wants). */
    public static List<URL> appIconPngs() {
        return APP_ICON_SIZES.stream().map(IconResources::appIconPng).toList();
    }

    private static URL require(String path) {
        URL url = IconResources.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Icon resource " + path + " is missing from the icons module");
        }
        return url;
    }
}
