package studio.serverless.runner.endpoint.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request line and headers of one HTTP request.
 *
 * @param method  the method
 * @param target  the request target as sent, e.g. {@code /path?query}
 * @param version the protocol version, e.g. {@code HTTP/1.1}
 * @param headers the headers, names in lower case
 */
record RequestHead(String method, String target, String version, Map<String, List<String>> headers) {

    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    boolean keepAlive() {
        String connection = header("connection");
        if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
            return false;
        }
        return !version.equals("HTTP/1.0") || (connection != null
                && connection.toLowerCase(Locale.ROOT).contains("keep-alive"));
    }

    boolean chunked() {
        String encoding = header("transfer-encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    boolean expectsContinue() {
        String expect = header("expect");
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }
}
