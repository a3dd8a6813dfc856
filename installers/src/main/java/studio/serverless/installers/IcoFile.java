package studio.serverless.installers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A Windows icon file (.ico) holding PNG renditions, as Windows Vista and later read them: a 6-byte header, a
 * 16-byte directory entry per image, then the PNG files one after another. All numbers are little-endian; a width
 * or height of 256 is written as 0. Only sizes up to 256 fit, so larger renditions are left out.
 */
public final class IcoFile {

    /** The largest size an icon directory entry can describe. */
    public static final int LARGEST_SIZE = 256;

    private static final int HEADER_BYTES = 6;
    private static final int ENTRY_BYTES = 16;

    private IcoFile() {
    }

    /** The .ico bytes for the renditions of at most {@link #LARGEST_SIZE} pixels, in the order given. */
    public static byte[] of(List<IconRendition> renditions) {
        List<IconRendition> fitting = renditions.stream().filter(image -> image.size() <= LARGEST_SIZE).toList();
        int total = HEADER_BYTES + ENTRY_BYTES * fitting.size()
                + fitting.stream().mapToInt(image -> image.png().length).sum();
        ByteBuffer file = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        file.putShort((short) 0).putShort((short) 1).putShort((short) fitting.size());
        int offset = HEADER_BYTES + ENTRY_BYTES * fitting.size();
        for (IconRendition image : fitting) {
            byte side = (byte) (image.size() == LARGEST_SIZE ? 0 : image.size());
            file.put(side).put(side).put((byte) 0).put((byte) 0);
            file.putShort((short) 1).putShort((short) 32).putInt(image.png().length).putInt(offset);
            offset += image.png().length;
        }
        fitting.forEach(image -> file.put(image.png()));
        return file.array();
    }
}
