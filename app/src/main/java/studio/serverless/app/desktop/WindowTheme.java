package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import studio.serverless.app.desktop.designer.Theme;
import studio.serverless.app.desktop.designer.ThemePreference;

/**
 * The window's light or dark look: the theme chosen last (kept in the settings folder) at start, and every
 * later choice applied at once (AtlantaFX stylesheet plus a style class on the root for the canvas) and kept.
 */
final class WindowTheme {

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ThemePreference preference;

    WindowTheme(Path settingsFolder) {
        this.preference = new ThemePreference(settingsFolder);
    }

    /** The theme in use; the View menu sets it. */
    ObjectProperty<Theme> property() {
        return theme;
    }

    /** Restores the theme chosen last, styles {@code root} with it and follows every later choice. */
    void applyTo(Parent root, Consumer<String> reportProblem) {
        preference.restoreAndKeep(theme, reportProblem);
        theme.addListener((observable, old, now) -> apply(root, old, now));
        apply(root, null, theme.get());
    }

    private static void apply(Parent root, Theme old, Theme now) {
        Application.setUserAgentStylesheet(now.userAgentStylesheet());
        if (old != null) {
            root.getStyleClass().remove(old.styleClass());
        }
        root.getStyleClass().add(now.styleClass());
    }
}
