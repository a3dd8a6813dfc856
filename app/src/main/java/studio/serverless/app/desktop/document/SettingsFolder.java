package studio.serverless.app.desktop.document;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its per-user files (recent files, recovery files): the system property
 * {@value #PROPERTY} when set, else {@code %APPDATA%\Serverless Studio} on Windows,
 * {@code ~/Library/Application Support/Serverless Studio} on macOS, and {@code $XDG_CONFIG_HOME/serverless-studio}
 * (by default {@code ~/.config/serverless-studio}) elsewhere. See docs/decisions/0016.
 */
public final class SettingsFolder {

    /** The system property that overrides the folder (tests, portable installs). */
    public static final String PROPERTY = "serverless.studio.settings";

    private static final String NAME = "Serverless Studio";
    private static final String UNIX_NAME = "serverless-studio";

    private SettingsFolder() {
    }

    /** The folder for this user on this machine (not created). */
    public static Path forCurrentUser() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** The folder chosen from the given override, operating system name, environment and home folder. */
    static Path resolve(String override, String osName, Map<String, String> environment, Path home) {
        if (isSet(override)) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return isSet(appData) ? Path.of(appData, NAME) : home.resolve("AppData").resolve("Roaming").resolve(NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(NAME);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path config = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return config.resolve(UNIX_NAME);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
