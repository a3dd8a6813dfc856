package studio.serverless.model.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/** The published JSON Schema of the file format, docs/diagram.schema.json, for tests to check files against. */
public final class DiagramSchema {

    /** Where the schema is, seen from a module folder (where Surefire runs tests). */
    public static final Path FILE = Path.of("..", "docs", "diagram.schema.json");

    private DiagramSchema() {
    }

    /** The schema, read from the docs folder. */
    public static JsonSchema load() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(FILE));
    }
}
