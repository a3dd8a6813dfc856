package studio.serverless.app.desktop.designer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import studio.serverless.app.desktop.document.AtomicText;

/**
 * The light or dark theme chosen last, kept as {@code theme=dark} in {@value #FILE_NAME} of the settings folder
 * (written atomically) and restored at the next start. A missing or damaged file means the light theme.
 */
public final class ThemePreference {

    /** The file, inside the settings folder, holding the window preferences. */
    public static final String FILE_NAME = "preferences.properties";

    private static final String KEY = "theme";

    private final Path file;

    /** The preference kept in {@code settingsFolder} (created on first write). */
    public ThemePreference(Path settingsFolder) {
        this.file = settingsFolder.resolve(FILE_NAME);
    }

    /** The theme chosen last; {@link Theme#LIGHT} when none was chosen or the file cannot be read. */
    public Theme load() {
        String value = read().getProperty(KEY, "").strip().toUpperCase(Locale.ROOT);
        for (Theme theme : Theme.values()) {
            if (theme.name().equals(value)) {
                return theme;
            }
        }
        return Theme.LIGHT;
    }

    /** Remembers {@code theme} for the next start, keeping the file's other preferences. */
    public void save(Theme theme) throws IOException {
        Properties properties = read();
        properties.setProperty(KEY, theme.name().toLowerCase(Locale.ROOT));
        StringWriter text = new StringWriter();
        properties.store(text, "Serverless Studio preferences");
        AtomicText.write(file, text.toString());
    }

    /** Sets {@code theme} to the one chosen last, then saves every later choice; failures go to the reporter. */
    public void restoreAndKeep(ObjectProperty<Theme> theme, Consumer<String> reportProblem) {
        theme.set(load());
        theme.addListener((observable, old, now) -> {
            try {
                save(now);
            } catch (IOException e) {
                reportProblem.accept("Could not remember the theme: " + e.getMessage());
            }
        });
    }

    private Properties read() {
        Properties properties = new Properties();
        if (!Files.isRegularFile(file)) {
            return properties;
        }
        try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException damaged) {
            // A damaged file is not worth stopping the app for: the defaults apply and the next choice rewrites it.
            properties.clear();
        }
        return properties;
    }
}
