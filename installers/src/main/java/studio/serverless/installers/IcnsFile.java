package studio.serverless.installers;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A macOS icon file (.icns) holding PNG renditions: the type {@code icns} and the file's length, then one element
 * per image, each its four-letter type, its length (header included) and the PNG. Numbers are big-endian. A
 * rendition is written under every type of its pixel size, so a 32-pixel PNG serves both as 32 x 32 and as
 * 16 x 16 at double density.
 */
public final class IcnsFile {

    /** The element types for PNG data by pixel size (Apple's names; {@code @2x} types share a size). */
    static final Map<Integer, List<String>> TYPES_BY_SIZE = Map.of(
            16, List.of("icp4"), 32, List.of("icp5", "ic11"), 64, List.of("icp6", "ic12"),
            128, List.of("ic07"), 256, List.of("ic08", "ic13"), 512, List.of("ic09", "ic14"));

    private static final int HEADER_BYTES = 8;

    private IcnsFile() {
    }

    /** The .icns bytes for the renditions whose size macOS has a type for (48 px has none and is left out). */
    public static byte[] of(List<IconRendition> renditions) {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        for (IconRendition image : renditions) {
            for (String type : TYPES_BY_SIZE.getOrDefault(image.size(), List.of())) {
                elements.writeBytes(header(type, HEADER_BYTES + image.png().length));
                elements.writeBytes(image.png());
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(header("icns", HEADER_BYTES + elements.size()));
        file.writeBytes(elements.toByteArray());
        return file.toByteArray();
    }

    private static byte[] header(String type, int length) {
        return ByteBuffer.allocate(HEADER_BYTES).put(type.getBytes(StandardCharsets.US_ASCII)).putInt(length).array();
    }
}
