package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The two encodings Kinesis speaks: JSON 1.1 (blobs as base64 text, timestamps as epoch seconds) and CBOR 1.1,
 * which the AWS SDKs for Java use by default (blobs as byte strings, timestamps as tag 1 epoch milliseconds, as the
 * SDK reads and writes them). Answers are built as trees with {@link Instant}s held in {@link POJONode}s and written
 * here, so the actions never care which encoding the client chose.
 */
enum WireFormat {
    JSON("application/x-amz-json-1.1", new ObjectMapper()),
    CBOR("application/x-amz-cbor-1.1", new CBORMapper());

    private static final int CBOR_EPOCH_TAG = 1;

    private final String contentType;
    private final ObjectMapper mapper;

    WireFormat(String contentType, ObjectMapper mapper) {
        this.contentType = contentType;
        this.mapper = mapper;
    }

    /** The format of a request: CBOR when its content type says so, else JSON. */
    static WireFormat of(String contentType) {
        boolean cbor = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(CBOR.contentType);
        return cbor ? CBOR : JSON;
    }

    /** The content type of answers in this format. */
    String contentType() {
        return contentType;
    }

    /** Reads a request body; null when it is not well-formed. */
    JsonNode read(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Timestamp members as this format carries them: epoch seconds (JSON) or milliseconds (CBOR). */
    Instant timestamp(JsonNode value) {
        if (this == CBOR) {
            return Instant.ofEpochMilli(value.asLong());
        }
        BigDecimal millis = value.decimalValue().movePointRight(3);
        return Instant.ofEpochMilli(millis.longValue());
    }

    /** Writes an answer tree. */
    byte[] write(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = mapper.createGenerator(out)) {
            write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen writing to memory", e);
        }
        return out.toByteArray();
    }

    private void write(JsonNode node, JsonGenerator generator) throws IOException {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Instant instant) {
            writeTimestamp(instant, generator);
        } else if (node.isObject()) {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                generator.writeFieldName(field.getKey());
                write(field.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode item : node) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else {
            mapper.writeTree(generator, node);
        }
    }

    private void writeTimestamp(Instant instant, JsonGenerator generator) throws IOException {
        if (generator instanceof CBORGenerator cbor) {
            cbor.writeTag(CBOR_EPOCH_TAG);
            cbor.writeNumber(instant.toEpochMilli());
        } else {
            generator.writeNumber(BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3));
        }
    }
}
