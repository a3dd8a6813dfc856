package studio.serverless.runner.sqs.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action's result as a small tree that either protocol can write: scalars, nested results, lists (a JSON
 * array; repeated elements named {@code xmlMember} in XML) and maps (a JSON object; repeated
 * {@code <xmlEntry><Name/><Value/></xmlEntry>} in XML). Null scalars are left out.
 */
final class ActionOutput {

    /** A list member: its XML element name and its items (String or ActionOutput). */
    record ListValue(String xmlMember, List<Object> items) {
    }

    /** A map member: its XML entry and key element names and its values (String or ActionOutput) by key. */
    record MapValue(String xmlEntry, String xmlKey, Map<String, Object> entries) {
    }

    private final Map<String, Object> members = new LinkedHashMap<>();

    /** Adds a string member unless {@code value} is null. */
    ActionOutput put(String name, String value) {
        if (value != null) {
            members.put(name, value);
        }
        return this;
    }

    /** Adds a boolean member. */
    ActionOutput put(String name, boolean value) {
        members.put(name, value);
        return this;
    }

    /** Adds a nested result. */
    ActionOutput put(String name, ActionOutput value) {
        members.put(name, value);
        return this;
    }

    /** Adds a list named {@code jsonName} in JSON and flattened as {@code xmlMember} elements in XML. */
    ActionOutput putList(String jsonName, String xmlMember, List<?> items) {
        members.put(jsonName, new ListValue(xmlMember, new ArrayList<>(items)));
        return this;
    }

    /** Adds a map named {@code jsonName} in JSON and flattened as {@code xmlEntry} entries in XML. */
    ActionOutput putMap(String jsonName, String xmlEntry, Map<String, ?> entries) {
        return putMap(jsonName, xmlEntry, "Name", entries);
    }

    /** Adds a map as {@link #putMap(String, String, Map)} does, its keys in XML elements named {@code xmlKey}. */
    ActionOutput putMap(String jsonName, String xmlEntry, String xmlKey, Map<String, ?> entries) {
        members.put(jsonName, new MapValue(xmlEntry, xmlKey, new LinkedHashMap<>(entries)));
        return this;
    }

    /** Adds every member of {@code other}. */
    ActionOutput putAll(ActionOutput other) {
        members.putAll(other.members);
        return this;
    }

    /** The members in order. */
    Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    boolean isEmpty() {
        return members.isEmpty();
    }
}
