package studio.serverless.codegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AWS reference schemas of {@code ../../shared/reference} (beside the repository, as in CI): CloudFormation
 * registry schemas per resource type, the SAM schema and the States Language schema. Each is loaded once.
 */
public final class ReferenceSchemas {

    /**
     * The reference folder: {@code shared/reference} in the nearest folder above the module that has one (beside
     * the repository clone in CI, {@code ../../shared/reference}; higher up for a git worktree), or the folder the
     * system property {@code studio.reference} names.
     */
    public static final Path REFERENCE = locate();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private ReferenceSchemas() {
    }

    /** The violations of a CloudFormation resource's Properties against its registry schema. */
    public static Set<ValidationMessage> validateCloudFormation(String type, JsonNode properties) {
        String[] parts = type.toLowerCase(Locale.ROOT).split("::");
        String file = "cloudformation-schemas/" + parts[0] + "-" + parts[1] + "-" + parts[2] + ".json";
        return CACHE.computeIfAbsent(file, name -> {
            // some registry schemas name AWS's provider meta-schema, which is online only: validate as draft-07
            ObjectNode schema = ((ObjectNode) read(name)).deepCopy();
            schema.remove("$schema");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        }).validate(properties);
    }

    /** The violations of a whole {@code AWS::Serverless::*} resource (Type and Properties) against the SAM schema. */
    public static Set<ValidationMessage> validateServerless(String type, JsonNode resource) {
        String definition = "samtranslator__internal__schema_source__aws_serverless_"
                + type.substring("AWS::Serverless::".length()).toLowerCase(Locale.ROOT) + "__Resource";
        return CACHE.computeIfAbsent(definition, name -> {
            ObjectNode schema = ((ObjectNode) read("sam/sam.schema.json")).deepCopy();
            schema.remove(java.util.List.of("properties", "required", "title", "type"));
            schema.put("$ref", "#/definitions/" + name);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        }).validate(resource);
    }

    /** The violations of an Amazon States Language definition. */
    public static Set<ValidationMessage> validateStateMachine(JsonNode definition) {
        return CACHE.computeIfAbsent("asl", name -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(read("states-language/statemachine.schema.json"))).validate(definition);
    }

    private static Path locate() {
        String configured = System.getProperty("studio.reference");
        if (configured != null) {
            return Paths.get(configured);
        }
        for (Path folder = Paths.get("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared").resolve("reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Paths.get("..", "..", "shared", "reference");
    }

    private static JsonNode read(String relative) {
        Path file = REFERENCE.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("reference file missing: " + file.toAbsolutePath().normalize()
                    + " (shared/reference must sit beside the repository clone, or"
                    + " -Dstudio.reference=FOLDER must name it)");
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
