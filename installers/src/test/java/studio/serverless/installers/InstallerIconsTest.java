package studio.serverless.installers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallerIconsTest {

    @TempDir
    Path folder;

    @Test
    void writesTheIconOfEachDesktopIntoTheFolder() throws IOException {
        List<Path> written = InstallerIcons.writeInto(folder.resolve("icons"));

        assertEquals(List.of("studio.png", "studio.ico", "studio.icns"),
                written.stream().map(path -> path.getFileName().toString()).toList());
        BufferedImage linuxIcon = ImageIO.read(written.get(0).toFile());
        assertEquals(256, linuxIcon.getWidth());
        assertEquals(256, linuxIcon.getHeight());
    }
}
