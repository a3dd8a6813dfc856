package studio.serverless.runner.stepfunctions.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableScopeTest {

    @Test
    void aNestedScopeReadsOuterVariablesAndShadowsWithoutChangingThem() {
        VariableScope outer = VariableScope.root();
        outer.assign(Map.of("x", IntNode.valueOf(1), "y", IntNode.valueOf(2)));
        VariableScope branch = outer.nested();

        branch.assign(Map.of("x", IntNode.valueOf(99), "z", IntNode.valueOf(3)));

        assertEquals(IntNode.valueOf(99), branch.lookup("x"));
        assertEquals(IntNode.valueOf(2), branch.lookup("y"));
        assertEquals(IntNode.valueOf(1), outer.lookup("x"));
        assertNull(outer.lookup("z"), "a branch's variables stay in the branch");
        assertEquals(Map.of("x", IntNode.valueOf(99), "y", IntNode.valueOf(2), "z", IntNode.valueOf(3)),
                branch.visible());
    }
}
