package studio.serverless.app.run.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The typed fields of a pricing file, each read with a message saying which key was wrong and what it expected. */
final class PricingFields {

    private final String fileName;

    PricingFields(String fileName) {
        this.fileName = fileName;
    }

    JsonNode object(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw wrong(at.isEmpty() ? "the top level" : at, "an object { ... }", shown(node));
        }
        return node;
    }

    JsonNode child(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        if (node == null) {
            throw wrong(path(at, field), "a value", "nothing: the key is missing");
        }
        return node;
    }

    String text(JsonNode parent, String field, String at) {
        JsonNode node = child(parent, field, at);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw wrong(path(at, field), "some text", shown(node));
        }
        return node.asText();
    }

    BigDecimal amount(JsonNode parent, String field, String at) {
        JsonNode node = child(parent, field, at);
        try {
            BigDecimal amount = node.isNumber() ? node.decimalValue()
                    : node.isTextual() ? new BigDecimal(node.asText().strip()) : null;
            if (amount != null && amount.signum() >= 0) {
                return amount;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw wrong(path(at, field), "a number of 0 or more, such as \"0.20\"", shown(node));
    }

    long count(JsonNode parent, String field, String at) {
        JsonNode node = child(parent, field, at);
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() <= 0) {
            throw wrong(path(at, field), "a whole number above 0, such as 1000000", shown(node));
        }
        return node.asLong();
    }

    URI source(JsonNode parent, String at) {
        String text = text(parent, "source", at);
        try {
            URI uri = new URI(text);
            if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
                return uri;
            }
        } catch (URISyntaxException notAnAddress) {
            // said below
        }
        throw wrong(path(at, "source"), "the web address the price is published at", shown(parent.get("source")));
    }

    LocalDate date(JsonNode parent, String field, String at) {
        String text = text(parent, field, at);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw wrong(path(at, field), "a day as YYYY-MM-DD, such as \"2026-11-29\"", shown(parent.get(field)));
        }
    }

    List<String> keys(JsonNode parent, String field, String at, Set<String> known) {
        JsonNode node = child(parent, field, at);
        List<String> keys = new ArrayList<>();
        for (JsonNode key : node.isArray() && !node.isEmpty() ? node : List.<JsonNode>of()) {
            if (!key.isTextual() || !known.contains(key.asText())) {
                throw wrong(path(at, field), "keys of prices in this file", shown(key));
            }
            keys.add(key.asText());
        }
        if (keys.isEmpty()) {
            throw wrong(path(at, field), "a list of the price keys the free tier covers", shown(node));
        }
        return keys;
    }

    PricingFileException wrong(String at, String expected, String got) {
        return new PricingFileException(fileName + ": " + at + " should be " + expected + "; got " + got);
    }

    static String shown(JsonNode node) {
        return node == null ? "nothing" : node.toString();
    }

    private static String path(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}
