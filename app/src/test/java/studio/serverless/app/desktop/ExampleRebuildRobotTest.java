package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.canvas.view.InitialsIconFactory;
import studio.serverless.model.catalog.ConnectionChoice;
import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Validator;

/**
 * Someone who has never seen the app rebuilds every example of {@code examples/} by hand, from a new empty
 * diagram: palette, canvas, connection chooser and inspector only, then File › Save As. The steps come from the
 * example itself, so a new example is covered without a new script.
 */
@ExtendWith(ApplicationExtension.class)
class ExampleRebuildRobotTest {

    /** The repository's examples folder (tests run in app/). */
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

    private final RecordingFilePicker picker = new RecordingFilePicker();
    private DesignerViewModel model;

    @Start
    void start(Stage stage) {
        model = new DesignerViewModel(DiagramLoader.standard(), Validator.standard());
        new MainWindow(model, picker, new InitialsIconFactory()).show(stage);
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".studio.json"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void anExampleCanBeRebuiltByHandFromANewDiagram(String fileName, FxRobot robot, @TempDir Path folder)
            throws Exception {
        // given: the example, and a new empty diagram
        Diagram example = DiagramLoader.standard().load(EXAMPLES.resolve(fileName));
        robot.clickOn("File").clickOn("#newMenuItem");
        assertTrue(model.document().diagram().services().isEmpty());

        // when: each service is dragged from the palette and filled in, then each connection drawn and filled in
        CanvasSteps canvas = new CanvasSteps(robot, () -> model.document().diagram());
        InspectorSteps inspector = new InspectorSteps(robot);
        Map<ServiceId, ServiceId> rebuilt = new HashMap<>();
        for (Service service : example.services()) {
            rebuilt.put(service.id(), canvas.drop(service.kind()));
            fillIn(robot, inspector, service);
        }
        for (Connection connection : example.connections()) {
            draw(robot, canvas, inspector, example, connection, rebuilt);
        }

        // and: saved with File › Save As
        Path saved = folder.resolve(fileName);
        picker.answerSaveWith(saved);
        robot.clickOn("File").clickOn("#saveAsMenuItem");
        WaitForAsyncUtils.waitForFxEvents();

        // then: the saved file means what the example means
        DiagramMeaning expected = DiagramMeaning.of(example);
        DiagramMeaning actual = DiagramMeaning.of(DiagramLoader.standard().load(saved));
        assertAll(() -> assertEquals(expected.services(), actual.services(), "services"),
                () -> assertEquals(expected.connections(), actual.connections(), "connections"));
    }

    private static void fillIn(FxRobot robot, InspectorSteps inspector, Service service) {
        assertEquals(service.kind().displayName(), heading(robot), "the new service is the one inspected");
        inspector.rename(service.name());
        for (PropertySpec property : CATALOG.service(service.kind()).properties()) {
            inspector.set(property, service.properties().get(property.name()).orElse(null));
        }
    }

    private static void draw(FxRobot robot, CanvasSteps canvas, InspectorSteps inspector, Diagram example,
                             Connection connection, Map<ServiceId, ServiceId> rebuilt) {
        Service source = example.require(connection.source());
        Service target = example.require(connection.target());
        List<ConnectionChoice> offered = CATALOG.choices(source.kind(), target.kind());
        ConnectionChoice wanted = offered.stream().filter(choice -> choice.spec().type() == connection.type()
                        && choice.presets().entrySet().stream().allMatch(preset ->
                        connection.properties().get(preset.getKey()).equals(Optional.of(preset.getValue()))))
                .findFirst().orElseThrow(() -> new AssertionError("drawing " + source.name() + " → "
                        + target.name() + " does not offer " + connection.type().displayName() + " " + offered));
        canvas.connect(rebuilt.get(source.id()), rebuilt.get(target.id()),
                offered.size() > 1 ? Optional.of(wanted.label()) : Optional.empty());
        assertEquals(connection.type().displayName(), heading(robot), "the new connection is the one inspected");
        for (PropertySpec property : wanted.spec().properties()) {
            inspector.set(property, connection.properties().get(property.name()).orElse(null));
        }
    }

    private static String heading(FxRobot robot) {
        return robot.lookup("#inspectorHeading").queryAs(Label.class).getText();
    }
}
