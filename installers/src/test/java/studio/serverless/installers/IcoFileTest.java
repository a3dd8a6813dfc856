package studio.serverless.installers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class IcoFileTest {

    private final ByteBuffer ico = ByteBuffer.wrap(IcoFile.of(IconRendition.appIcon())).order(ByteOrder.LITTLE_ENDIAN);

    @Test
    void theHeaderSaysIconWithOneEntryPerRenditionUpTo256Pixels() {
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "type 1 is an icon (2 would be a cursor)");
        assertEquals(6, ico.getShort(4), "16, 32, 48, 64, 128 and 256 px; 512 px does not fit an entry");
    }

    @Test
    void everyEntryPointsAtAPngOfTheSizeItStates() throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (int entry = 0; entry < ico.getShort(4); entry++) {
            int at = 6 + 16 * entry;
            int stated = Byte.toUnsignedInt(ico.get(at)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(at));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ico.array(), ico.getInt(at + 12),
                    ico.getInt(at + 8)));

            assertEquals(stated, image.getWidth());
            assertEquals(stated, image.getHeight());
            assertEquals(32, ico.getShort(at + 6), "bits per pixel");
            sizes.add(stated);
        }
        assertEquals(List.of(16, 32, 48, 64, 128, 256), sizes);
    }

    @Test
    void theLastImageEndsTheFile() {
        int last = 6 + 16 * (ico.getShort(4) - 1);

        assertEquals(ico.capacity(), ico.getInt(last + 12) + ico.getInt(last + 8));
    }
}
