package studio.serverless.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a handler file reloads its function; bytecode caches and the generator's .new files do not. */
class HandlerReloaderTest {

    @TempDir
    Path project;

    private final BlockingQueue<String> reloads = new LinkedBlockingQueue<>();

    @Test
    void savingAHandlerReloadsTheFunctionItBelongsTo() throws Exception {
        Path create = folder("create-item");
        Path read = folder("read-item");
        try (HandlerReloader reloader = new HandlerReloader(Map.of("create-item", create, "read-item", read),
                (function, file) -> reloads.add(function + " " + file))) {
            Files.writeString(create.resolve("app.py"), "def handler(event, context):\n    return 1\n");
            assertEquals("create-item app.py", next());

            Files.writeString(read.resolve("app.py"), "def handler(event, context):\n    return 2\n");
            assertEquals("read-item app.py", next());
        }
    }

    @Test
    void bytecodeCachesAndBuildOutputAreNotEdits() throws Exception {
        Path create = folder("create-item");
        Path read = folder("read-item");
        Files.createDirectories(create.resolve("__pycache__"));
        try (HandlerReloader reloader = new HandlerReloader(Map.of("create-item", create, "read-item", read),
                (function, file) -> reloads.add(function + " " + file))) {
            Files.writeString(create.resolve("__pycache__").resolve("app.cpython-311.pyc"), "bytes");
            Files.writeString(create.resolve("app.py.new"), "the generator's newer version");
            Files.writeString(read.resolve("app.py"), "def handler(event, context):\n    return 3\n");

            assertEquals("read-item app.py", next());
        }
    }

    @Test
    void aFileInANewSubfolderCountsToo() throws Exception {
        Path create = folder("create-item");
        try (HandlerReloader reloader = new HandlerReloader(Map.of("create-item", create),
                (function, file) -> reloads.add(function + " " + file))) {
            Files.createDirectories(create.resolve("lib"));

            assertEquals("create-item lib", next());
            Files.writeString(create.resolve("lib").resolve("util.py"), "X = 1\n");
            assertEquals("create-item util.py", next());
        }
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(project.resolve("functions").resolve(name));
    }

    private String next() throws InterruptedException {
        String reload = reloads.poll(20, TimeUnit.SECONDS);
        assertNotNull(reload, "a reload within 20 seconds");
        return reload;
    }
}
