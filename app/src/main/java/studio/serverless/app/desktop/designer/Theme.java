package studio.serverless.app.desktop.designer;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks of the app: AtlantaFX Primer Light and Primer Dark, with the canvas following. */
public enum Theme {
    /** Dark text on light panels. */
    LIGHT(new PrimerLight().getUserAgentStylesheet(), "light-theme"),
    /** Light text on dark panels, a dark canvas. */
    DARK(new PrimerDark().getUserAgentStylesheet(), "dark-theme");

    private final String userAgentStylesheet;
    private final String styleClass;

    Theme(String userAgentStylesheet, String styleClass) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.styleClass = styleClass;
    }

    /** The AtlantaFX stylesheet to set with {@code Application.setUserAgentStylesheet}. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** The style class the window's root gets, which the app stylesheet uses to restyle the canvas. */
    public String styleClass() {
        return styleClass;
    }

    /** The other theme. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
