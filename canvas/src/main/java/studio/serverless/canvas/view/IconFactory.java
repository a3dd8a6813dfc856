package studio.serverless.canvas.view;

import javafx.scene.Node;
import studio.serverless.model.catalog.ServiceKind;

/**
 * Makes the icon shown in a service figure's icon slot. The editor's default is the project's SVG icons
 * ({@code studio.serverless.canvas.icon.ServiceIcons}); {@link InitialsIconFactory} is a stand-in that draws a
 * coloured circle with the kind's initials.
 */
@FunctionalInterface
public interface IconFactory {

    /** A new icon node for the kind, fitting a square of {@code size} pixels. */
    Node icon(ServiceKind kind, double size);
}
