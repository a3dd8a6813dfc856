package studio.serverless.runner.activity;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an AWS error answer (JSON {@code __type}/{@code message}, or XML {@code Code}/{@code Message}) as one line. */
final class ErrorSummaries {

    private static final Pattern JSON_TYPE = Pattern.compile("\"(?:__type|Type|code)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern JSON_MESSAGE = Pattern.compile("\"(?:message|Message)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern XML_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

    private ErrorSummaries() {
    }

    /** {@code Code: message}, or {@code HTTP 500} when the body says nothing readable. */
    static String of(int status, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String code = first(JSON_TYPE, text);
        code = code != null ? code.substring(code.lastIndexOf('#') + 1) : first(XML_CODE, text);
        String message = first(JSON_MESSAGE, text);
        message = message != null ? message : first(XML_MESSAGE, text);
        String head = code != null ? code : "HTTP " + status;
        return message == null || message.isEmpty() ? head : head + ": " + message;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
