package studio.serverless.canvas.export;

/** Text made safe inside XML elements and attribute values. */
final class XmlText {

    private XmlText() {
    }

    /**
     * The text with {@code & < > " '} escaped and characters XML 1.0 cannot hold at all (most control
     * characters, lone surrogates) replaced by U+FFFD.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.appendCodePoint(allowed(codePoint) ? codePoint : 0xFFFD);
            }
        });
        return escaped.toString();
    }

    private static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || codePoint >= 0x10000;
    }
}
