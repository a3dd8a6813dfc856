package studio.serverless.model.catalog;

/** The AWS product category a service belongs to; it decides the colour of its icon. */
public enum ServiceCategory {
    /** Lambda: orange. */
    COMPUTE("Compute", "#ED7100"),
    /** API Gateway, SQS, SNS, EventBridge, Step Functions: pink. */
    APPLICATION_INTEGRATION("Application integration", "#E7157B"),
    /** DynamoDB: blue. */
    DATABASE("Database", "#3B48CC"),
    /** S3: green. */
    STORAGE("Storage", "#7AA116"),
    /** Kinesis: purple. */
    ANALYTICS("Analytics", "#8C4FFF");

    private final String displayName;
    private final String colour;

    ServiceCategory(String displayName, String colour) {
        this.displayName = displayName;
        this.colour = colour;
    }

    /** The category's name as AWS writes it. */
    public String displayName() {
        return displayName;
    }

    /** The category colour as a CSS hex colour. */
    public String colour() {
        return colour;
    }
}
