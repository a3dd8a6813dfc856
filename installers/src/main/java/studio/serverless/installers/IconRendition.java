package studio.serverless.installers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import studio.serverless.icons.IconResources;

/**
 * One PNG rendition of the app icon: {@code size} x {@code size} pixels, the PNG file's bytes.
 *
 * @param size the width and height in pixels
 * @param png  the PNG file
 */
public record IconRendition(int size, byte[] png) {

    /** Every rendition the icons module ships, smallest first. */
    public static List<IconRendition> appIcon() {
        return IconResources.APP_ICON_SIZES.stream().map(IconRendition::appIcon).toList();
    }

    /** The icons module's rendition of {@code size} pixels. */
    public static IconRendition appIcon(int size) {
        try (InputStream in = IconResources.appIconPng(size).openStream()) {
            return new IconRendition(size, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the app icon of " + size + " px", e);
        }
    }
}
