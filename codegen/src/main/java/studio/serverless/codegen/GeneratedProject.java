package studio.serverless.codegen;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a generated project, held in memory so they can be previewed before anything is written: relative
 * paths (with {@code /} separators) to contents, sorted by path so that the same diagram always gives the same
 * project, byte for byte.
 */
public final class GeneratedProject {

    private final SortedMap<String, byte[]> files;

    private GeneratedProject(SortedMap<String, byte[]> files) {
        this.files = files;
    }

    /** A project of these files; refuses a path that is absolute, empty or climbs out with {@code ..}. */
    public static GeneratedProject of(Map<String, byte[]> files) {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, content) -> copy.put(checkedPath(path), content.clone()));
        return new GeneratedProject(Collections.unmodifiableSortedMap(copy));
    }

    /** The relative paths, sorted. */
    public Iterable<String> paths() {
        return files.keySet();
    }

    /** How many files the project has. */
    public int size() {
        return files.size();
    }

    /** The content of a file, if the project has it (a copy: the project stays unchanged). */
    public Optional<byte[]> content(String path) {
        return Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    /** The content of a file as UTF-8 text, if the project has it. */
    public Optional<String> text(String path) {
        return Optional.ofNullable(files.get(path)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** This project with the files of another added; a path both have takes the other's content. */
    public GeneratedProject plus(GeneratedProject other) {
        SortedMap<String, byte[]> merged = new TreeMap<>(files);
        merged.putAll(other.files);
        return new GeneratedProject(Collections.unmodifiableSortedMap(merged));
    }

    private static String checkedPath(String path) {
        boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")
                || path.contains("//") || path.endsWith("/");
        if (bad) {
            throw new IllegalArgumentException("not a safe relative file path: " + path);
        }
        return path;
    }
}
