package studio.serverless.runner.dynamodb.engine.stream;

/** Which item images a stream record carries. */
public enum StreamViewType {
    /** Only the key attributes. */ KEYS_ONLY,
    /** The item after the change. */ NEW_IMAGE,
    /** The item before the change. */ OLD_IMAGE,
    /** Both images. */ NEW_AND_OLD_IMAGES;

    /** @return whether records carry the new image */
    public boolean hasNewImage() {
        return this == NEW_IMAGE || this == NEW_AND_OLD_IMAGES;
    }

    /** @return whether records carry the old image */
    public boolean hasOldImage() {
        return this == OLD_IMAGE || this == NEW_AND_OLD_IMAGES;
    }
}
