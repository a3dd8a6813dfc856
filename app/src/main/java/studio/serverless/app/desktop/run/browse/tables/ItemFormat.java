package studio.serverless.app.desktop.run.browse.tables;

/** How an item is shown and edited as text. */
public enum ItemFormat {
    /** DynamoDB's typed JSON, {@code {"id": {"S": "a"}}}: every type, exactly as the API sends it. */
    DYNAMODB_JSON("DynamoDB JSON"),
    /**
     * Plain JSON, {@code {"id": "a"}}: easier to read; strings, numbers, booleans, null, lists and maps only, so
     * sets read back as lists and binaries (shown in base64) as strings.
     */
    PLAIN_JSON("Plain JSON");

    private final String label;

    ItemFormat(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
