package studio.serverless.app.desktop.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsFolderTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void theSystemPropertyWins() {
        assertEquals(Path.of("/tmp/studio"),
                SettingsFolder.resolve("/tmp/studio", "Linux", Map.of("XDG_CONFIG_HOME", "/x"), HOME));
    }

    @Test
    void linuxFollowsXdgConfigHome() {
        assertEquals(Path.of("/x/serverless-studio"),
                SettingsFolder.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/x"), HOME));
    }

    @Test
    void linuxWithoutXdgOrWithARelativeOneUsesDotConfig() {
        Path expected = HOME.resolve(".config/serverless-studio");
        assertEquals(expected, SettingsFolder.resolve(null, "Linux", Map.of(), HOME));
        assertEquals(expected, SettingsFolder.resolve("", "Linux", Map.of("XDG_CONFIG_HOME", "rel"), HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/roaming", "Serverless Studio"),
                SettingsFolder.resolve(null, "Windows 11", Map.of("APPDATA", "/roaming"), HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(HOME.resolve("Library/Application Support/Serverless Studio"),
                SettingsFolder.resolve(null, "Mac OS X", Map.of(), HOME));
    }
}
