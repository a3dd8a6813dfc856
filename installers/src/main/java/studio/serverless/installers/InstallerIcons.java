package studio.serverless.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the app icon for jpackage into a folder: {@code studio.png} (256 px, Linux), {@code studio.ico} (Windows)
 * and {@code studio.icns} (macOS). The installers build runs it before jpackage; each OS uses its own file.
 */
public final class InstallerIcons {

    /** The PNG size of the Linux icon: the size desktop menus and file managers look for first. */
    static final int LINUX_ICON_SIZE = 256;

    private InstallerIcons() {
    }

    /** Writes the three icon files into the folder named by the only argument, creating it if needed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: InstallerIcons FOLDER (writes studio.png, studio.ico and studio.icns there)");
            System.exit(2);
        }
        writeInto(Path.of(args[0]));
    }

    /** Writes studio.png, studio.ico and studio.icns into {@code folder}; returns the files written. */
    public static List<Path> writeInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<IconRendition> renditions = IconRendition.appIcon();
        return List.of(
                Files.write(folder.resolve("studio.png"), IconRendition.appIcon(LINUX_ICON_SIZE).png()),
                Files.write(folder.resolve("studio.ico"), IcoFile.of(renditions)),
                Files.write(folder.resolve("studio.icns"), IcnsFile.of(renditions)));
    }
}
