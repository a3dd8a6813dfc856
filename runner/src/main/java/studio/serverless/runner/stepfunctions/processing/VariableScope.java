package studio.serverless.runner.stepfunctions.processing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workflow variables one run can see: its own, assigned by its states' {@code Assign}, and those of the runs
 * around it (a Parallel branch or Map iteration reads the variables of the states outside). An assignment always
 * lands in the run's own scope, so a branch never changes an outer variable: it can only shadow it until it ends.
 * Used under the execution's lock only.
 */
public final class VariableScope {

    private final VariableScope outer;
    private final Map<String, JsonNode> own = new HashMap<>();

    private VariableScope(VariableScope outer) {
        this.outer = outer;
    }

    /** The scope of a whole execution. */
    public static VariableScope root() {
        return new VariableScope(null);
    }

    /** A scope for a nested run that reads this one's variables. */
    public VariableScope nested() {
        return new VariableScope(this);
    }

    /** The value of {@code name}, from this scope or the nearest outer one that has it; null when none does. */
    public JsonNode lookup(String name) {
        JsonNode value = own.get(name);
        return value != null || outer == null ? value : outer.lookup(name);
    }

    /** Every variable visible here, inner values over outer ones. */
    public Map<String, JsonNode> visible() {
        Map<String, JsonNode> all = outer == null ? new LinkedHashMap<>() : outer.visible();
        all.putAll(own);
        return all;
    }

    /** Sets every variable of {@code values} in this scope. */
    public void assign(Map<String, JsonNode> values) {
        own.putAll(values);
    }
}
