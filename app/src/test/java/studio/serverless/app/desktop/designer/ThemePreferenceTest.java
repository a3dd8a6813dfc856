package studio.serverless.app.desktop.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemePreferenceTest {

    @TempDir
    Path settings;

    @Test
    void withNothingChosenYetTheThemeIsLight() {
        assertEquals(Theme.LIGHT, new ThemePreference(settings).load());
    }

    @Test
    void theThemeChosenIsRestoredAtTheNextStart() {
        ObjectProperty<Theme> firstWindow = new SimpleObjectProperty<>(Theme.LIGHT);
        new ThemePreference(settings).restoreAndKeep(firstWindow, message -> { });

        firstWindow.set(Theme.DARK);

        ObjectProperty<Theme> nextWindow = new SimpleObjectProperty<>(Theme.LIGHT);
        new ThemePreference(settings).restoreAndKeep(nextWindow, message -> { });
        assertEquals(Theme.DARK, nextWindow.get());
    }

    @Test
    void aDamagedFileMeansTheLightThemeAndIsRewrittenOnTheNextChoice() throws Exception {
        Files.writeString(settings.resolve(ThemePreference.FILE_NAME), "theme=\\u12");
        ThemePreference preference = new ThemePreference(settings);
        assertEquals(Theme.LIGHT, preference.load());

        preference.save(Theme.DARK);

        assertEquals(Theme.DARK, preference.load());
    }

    @Test
    void aThemeThatCannotBeKeptIsReportedAndStillApplies() throws Exception {
        Path notAFolder = Files.writeString(settings.resolve("file"), "");
        List<String> problems = new ArrayList<>();
        ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
        new ThemePreference(notAFolder).restoreAndKeep(theme, problems::add);

        theme.set(Theme.DARK);

        assertEquals(Theme.DARK, theme.get());
        assertTrue(problems.get(0).startsWith("Could not remember the theme"), problems.toString());
    }
}
