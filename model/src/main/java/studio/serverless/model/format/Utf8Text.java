package studio.serverless.model.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a file's bytes as UTF-8, strictly: bytes that are not UTF-8 are an error, not replaced silently. */
final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /** The text of the bytes, without a leading byte order mark; fails with the line and column of a bad byte. */
    static String decode(byte[] bytes, String file) throws DiagramFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw badByte(bytes, in.position(), out.flip().toString(), file);
        }
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static DiagramFormatException badByte(byte[] bytes, int offset, String textBefore, String file) {
        int line = (int) textBefore.chars().filter(character -> character == '\n').count() + 1;
        int column = textBefore.length() - (textBefore.lastIndexOf('\n') + 1) + 1;
        return new DiagramFormatException(String.format("%s: line %d, column %d: byte 0x%02X is not valid UTF-8;"
                + " expected a UTF-8 text file", file, line, column, bytes[offset] & 0xFF));
    }
}
