package studio.serverless.runner.s3.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of an object a {@code Range: bytes=...} header asks for, resolved against the object's size. As in
 * S3: one range only ({@code first-last}, {@code first-}, {@code -suffixLength}); a header that does not parse is
 * ignored (the whole object is returned); a range starting past the end is 416 InvalidRange.
 *
 * @param first   the first byte
 * @param length  how many bytes
 * @param partial whether this is a range (206) rather than the whole object (200)
 */
public record ByteRange(long first, long length, boolean partial) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** The range {@code header} (null for none) selects from an object of {@code size} bytes. */
    public static ByteRange resolve(String header, long size) {
        if (header == null) {
            return new ByteRange(0, size, false);
        }
        Matcher matcher = SINGLE.matcher(header.trim());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())
                || matcher.group(1).length() > 18 || matcher.group(2).length() > 18) {
            return new ByteRange(0, size, false);
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = Math.min(Long.parseLong(matcher.group(2)), size);
            if (suffix == 0) {
                throw invalid(header, size);
            }
            return new ByteRange(size - suffix, suffix, true);
        }
        long first = Long.parseLong(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
        if (first >= size) {
            throw invalid(header, size);
        }
        if (last < first) {
            return new ByteRange(0, size, false);
        }
        return new ByteRange(first, last - first + 1, true);
    }

    /** The {@code Content-Range} value of a partial answer. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + (first + length - 1) + "/" + size;
    }

    private static S3Exception invalid(String header, long size) {
        return new S3Exception(S3Error.INVALID_RANGE).with("RangeRequested", header)
                .with("ActualObjectSize", Long.toString(size));
    }
}
