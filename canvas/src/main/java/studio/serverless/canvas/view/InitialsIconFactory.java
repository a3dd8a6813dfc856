package studio.serverless.canvas.view;

import java.util.Arrays;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import studio.serverless.model.catalog.ServiceKind;

/** The stand-in icon: a circle in the kind's category colour with the kind's initials in white. */
public final class InitialsIconFactory implements IconFactory {

    @Override
    public Node icon(ServiceKind kind, double size) {
        Circle circle = new Circle(size / 2, Color.web(kind.category().colour()));
        Text text = new Text(initials(kind));
        text.setFill(Color.WHITE);
        text.setFont(Font.font(null, FontWeight.BOLD, size * 0.36));
        StackPane icon = new StackPane(circle, text);
        icon.getStyleClass().add("initials-icon");
        return icon;
    }

    /** The first letters of the first two words of the kind's name, e.g. "LF" for "Lambda function". */
    public static String initials(ServiceKind kind) {
        return Arrays.stream(kind.displayName().split(" ")).limit(2)
                .map(word -> word.substring(0, 1).toUpperCase()).collect(Collectors.joining());
    }
}
