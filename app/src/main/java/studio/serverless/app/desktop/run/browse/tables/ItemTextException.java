package studio.serverless.app.desktop.run.browse.tables;

/** Text that is not an item: the message says what is wrong and where (line and column, or the attribute). */
public final class ItemTextException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with a message for the person editing the item. */
    public ItemTextException(String message) {
        super(message);
    }
}
