package studio.serverless.app.desktop.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagramFileNamesTest {

    @ParameterizedTest
    @CsvSource({
        "orders, orders.studio.json",
        "orders.json, orders.studio.json",
        "orders.studio.json, orders.studio.json",
        "Orders.STUDIO.JSON, Orders.STUDIO.JSON",
        "orders.txt, orders.txt.studio.json"
    })
    void saveAsAddsTheExtensionOnlyWhenMissing(String typed, String saved) {
        assertEquals(Path.of("designs", saved), DiagramFileNames.withExtension(Path.of("designs", typed)));
    }
}
