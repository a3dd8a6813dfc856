package studio.serverless.runner.s3.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;

/**
 * An object opened for reading: its description, the byte range asked for and, for a GET, the open data file.
 * The file was opened while the bucket was locked, so a concurrent overwrite or delete does not change what is
 * read. Close it when done.
 *
 * @param object  the object
 * @param range   the bytes to send
 * @param channel the open data file, or null for a HEAD
 */
public record ObjectContent(StoredObject object, ByteRange range, FileChannel channel) implements AutoCloseable {

    /** Streams the range from disk to {@code out}, without holding it in memory. */
    public void writeTo(OutputStream out) throws IOException {
        WritableByteChannel target = Channels.newChannel(out);
        long position = range.first();
        long end = range.first() + range.length();
        while (position < end) {
            long sent = channel.transferTo(position, end - position, target);
            if (sent <= 0) {
                throw new IOException("the object's file ended early");
            }
            position += sent;
        }
    }

    /** The range as a stream read from disk (closing it does not close this content). */
    public java.io.InputStream stream() throws IOException {
        java.io.InputStream whole = Channels.newInputStream(channel.position(range.first()));
        return new java.io.FilterInputStream(whole) {
            private long left = range.length();

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int read = super.read(bytes, offset, (int) Math.min(length, left));
                left -= Math.max(read, 0);
                return read;
            }

            @Override
            public void close() {
                // the channel belongs to the content
            }
        };
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to do: the file was only read
            }
        }
    }
}
