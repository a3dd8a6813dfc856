package studio.serverless.runner.dynamodb.engine;

import java.util.Set;

/** What a write returns of the item: nothing, the old or new item, or only the attributes it updated. */
public enum ReturnValues {
    /** Nothing. */ NONE,
    /** The whole item before the write. */ ALL_OLD,
    /** The updated attributes before the write. */ UPDATED_OLD,
    /** The whole item after the write. */ ALL_NEW,
    /** The updated attributes after the write. */ UPDATED_NEW;

    /** Refuses a value that PutItem or DeleteItem do not allow. */
    public static ReturnValues requireNoneOrAllOld(ReturnValues value) {
        ReturnValues resolved = value == null ? NONE : value;
        if (!Set.of(NONE, ALL_OLD).contains(resolved)) {
            throw DynamoDbException.validation("ReturnValues can only be ALL_OLD or NONE");
        }
        return resolved;
    }
}
