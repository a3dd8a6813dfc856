package studio.serverless.app.run;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * A {@link PrintWriter} handing each complete line to a consumer, so the tools that print (npm installs, Maven
 * builds) can report to a progress dialog as they do to a terminal.
 */
final class LineWriter extends Writer {

    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    private LineWriter(Consumer<String> lines) {
        this.lines = lines;
    }

    /** A print writer whose lines go to {@code lines}. */
    static PrintWriter to(Consumer<String> lines) {
        return new PrintWriter(new LineWriter(lines), true);
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                pending.append(c);
            }
        }
    }

    private void emit() {
        lines.accept(pending.toString());
        pending.setLength(0);
    }

    @Override
    public void flush() {
        // lines are handed on as they end; a partial line waits for its end
    }

    @Override
    public synchronized void close() {
        if (pending.length() > 0) {
            emit();
        }
    }
}
