package studio.serverless.app.run;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Watches the functions' code folders while {@code studio run} serves and reloads a function when a file of its
 * code changes, so the next invocation runs the edited handler. An editor's save often writes a file several times
 * in a row: changes are gathered until the folders have been quiet for a moment, then each function is reloaded
 * once. Build output and caches ({@code __pycache__}, {@code node_modules}, {@code target}, dot folders) do not
 * count as edits.
 */
public final class HandlerReloader implements AutoCloseable {

    private static final long QUIET_MILLIS = 200;
    private static final Set<String> NOT_CODE = Set.of("__pycache__", "node_modules", "target");

    private final WatchService watcher;
    private final Map<WatchKey, String> functionOfFolder = new ConcurrentHashMap<>();
    private final BiConsumer<String, String> reload;
    private final Thread thread;

    /**
     * Starts watching {@code codeFolders} (function name to folder, with their subfolders).
     *
     * @param reload called with the function's name and a changed file's name, on the watching thread
     * @throws IOException when a folder cannot be watched
     */
    public HandlerReloader(Map<String, Path> codeFolders, BiConsumer<String, String> reload) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.reload = reload;
        for (Map.Entry<String, Path> entry : codeFolders.entrySet()) {
            watchTree(entry.getValue(), entry.getKey());
        }
        this.thread = new Thread(this::watch, "handler-reloader");
        thread.setDaemon(true);
        thread.start();
    }

    private void watchTree(Path folder, String function) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).filter(path -> isCode(folder.relativize(path)))
                    .toList()) {
                functionOfFolder.put(each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), function);
            }
        }
    }

    private static boolean isCode(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (NOT_CODE.contains(name) || name.startsWith(".") || name.endsWith(".pyc") || name.endsWith(".new")) {
                return false;
            }
        }
        return true;
    }

    private void watch() {
        try {
            while (true) {
                Map<String, String> changed = new LinkedHashMap<>();
                WatchKey key = watcher.take();
                while (key != null) {
                    collect(key, changed);
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                changed.forEach(reload);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Map<String, String> changed) {
        String function = functionOfFolder.get(key);
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && isCode(name)) {
                changed.putIfAbsent(function, name.toString());
                watchNewFolder(folder.resolve(name), function);
            }
        }
        key.reset();
    }

    private void watchNewFolder(Path path, String function) {
        try {
            watchTree(path, function);
        } catch (IOException e) {
            // a folder deleted again before it could be watched holds no code to reload
        }
    }

    /** Stops watching. */
    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
