package studio.serverless.installers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class IcnsFileTest {

    private final ByteBuffer icns = ByteBuffer.wrap(IcnsFile.of(IconRendition.appIcon()));

    @Test
    void theFileStartsWithItsTypeAndItsOwnLength() {
        assertEquals("icns", type(0));
        assertEquals(icns.capacity(), icns.getInt(4));
    }

    @Test
    void eachElementIsAPngOfThePixelSizeItsTypeStandsFor() throws IOException {
        Map<String, Integer> widths = new LinkedHashMap<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(icns.array(), at + 8, icns.getInt(at + 4) - 8));
            assertEquals(image.getWidth(), image.getHeight());
            widths.put(type(at), image.getWidth());
        }

        // Apple's types: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512; ic11-ic14 the same at @2x
        assertEquals(Map.of("icp4", 16, "icp5", 32, "ic11", 32, "icp6", 64, "ic12", 64, "ic07", 128,
                "ic08", 256, "ic13", 256, "ic09", 512, "ic14", 512), widths);
    }

    private String type(int at) {
        return new String(icns.array(), at, 4, StandardCharsets.US_ASCII);
    }
}
