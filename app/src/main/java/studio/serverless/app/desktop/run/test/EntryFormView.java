package studio.serverless.app.desktop.run.test;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The form of one entry point: a heading with the Send button ({@code #send}) beside it and a busy marker while the
 * request is on its way, the problems that kept it from being sent ({@code #problems}), a labelled editor per field,
 * and what came back: a headline ({@code #resultHeadline}) and a titled text per part ({@code #result-Body}...).
 */
final class EntryFormView {

    private EntryFormView() {
    }

    static Node create(EntryFormViewModel model) {
        Label heading = new Label(model.action().kind().label() + " " + model.action().name());
        heading.getStyleClass().add("title-4");
        Button send = new Button("Send");
        send.setId("send");
        send.disableProperty().bind(model.sendingProperty());
        send.setOnAction(event -> model.send());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.sendingProperty());
        Label problems = new Label();
        problems.setId("problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);
        problems.textProperty().bind(model.problemsProperty());
        VBox result = new VBox(4);
        model.resultProperty().addListener((property, old, shown) -> showResult(result, shown));
        showResult(result, model.resultProperty().get());
        // Send beside the heading, so it stays in reach however small the panel and however long the form
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, busy, send);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(8, top, problems, fields(model), result);
        form.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static GridPane fields(EntryFormViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, editors);
        int row = 0;
        for (FormField field : model.fields()) {
            Label label = new Label(field.label());
            Node editor = FieldEditors.editor(field, model);
            label.setLabelFor(editor);
            grid.addRow(row++, label, editor);
        }
        return grid;
    }

    private static void showResult(VBox box, ActionResult result) {
        box.getChildren().clear();
        if (result == null) {
            return;
        }
        Label headline = new Label(result.headline());
        headline.setId("resultHeadline");
        headline.setWrapText(true);
        headline.getStyleClass().add(result.failed() ? Styles.DANGER : Styles.SUCCESS);
        box.getChildren().add(headline);
        for (ResultSection section : result.sections()) {
            TextArea text = new TextArea(section.text());
            text.setId("result-" + section.title().replaceAll("[^A-Za-z0-9]", "-"));
            text.setEditable(false);
            text.setStyle("-fx-font-family: monospace;");
            text.setPrefRowCount(Math.min(15, Math.max(2, (int) section.text().lines().count() + 1)));
            box.getChildren().add(new TitledPane(section.title(), text));
        }
    }
}
