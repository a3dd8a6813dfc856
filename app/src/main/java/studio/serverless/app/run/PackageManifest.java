package studio.serverless.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code dependencies} of a Node.js handler's {@code package.json}, by package name with their version ranges.
 * A manifest that cannot be read has none: npm would refuse it too, and the function then says why it fails.
 */
record PackageManifest(Map<String, String> dependencies) {

    /** The packages Lambda's nodejs runtimes provide: the AWS SDK for JavaScript v3. */
    static final String RUNTIME_PROVIDED_SCOPE = "@aws-sdk/";
    private static final ObjectMapper JSON = new ObjectMapper();

    PackageManifest {
        dependencies = Map.copyOf(dependencies);
    }

    /** The manifest {@code packageJson}. */
    static PackageManifest read(Path packageJson) {
        Map<String, String> dependencies = new TreeMap<>();
        try {
            JsonNode declared = JSON.readTree(packageJson.toFile()).path("dependencies");
            declared.fields().forEachRemaining(entry -> dependencies.put(entry.getKey(), entry.getValue().asText()));
        } catch (IOException unreadable) {
            return new PackageManifest(Map.of());
        }
        return new PackageManifest(dependencies);
    }

    /** Whether every dependency is one Lambda's runtime provides (so the function's own folder needs none). */
    boolean onlyRuntimeProvided() {
        return dependencies.keySet().stream().allMatch(name -> name.startsWith(RUNTIME_PROVIDED_SCOPE));
    }
}
