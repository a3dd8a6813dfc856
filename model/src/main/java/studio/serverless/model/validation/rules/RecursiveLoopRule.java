package studio.serverless.model.validation.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * A loop in the data flow: a function that (directly or through other services) writes to what triggers it, so
 * each run causes the next. Finds the loops with Tarjan's algorithm on the {@link CausesGraph} and reports each
 * tangle of services that reach one another once, naming one loop through it in order.
 */
public final class RecursiveLoopRule implements ValidationRule {

    /** How many steps of a loop a message names before eliding the middle. */
    private static final int MAX_STEPS_NAMED = 8;

    @Override
    public String id() {
        return "recursive-loop";
    }

    @Override
    public String description() {
        return "No service causes itself to run again through the data flow (an endless recursive loop).";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        CausesGraph graph = CausesGraph.of(context);
        List<List<Integer>> components = new ArrayList<>(StronglyConnectedComponents.cyclicComponents(graph));
        components.sort(Comparator.comparing(component -> component.get(0)));
        int[] componentOf = new int[graph.size()];
        Arrays.fill(componentOf, -1);
        Connection[] reachedBy = new Connection[graph.size()];
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int number = 0; number < components.size(); number++) {
            List<Integer> component = components.get(number);
            for (int node : component) {
                componentOf[node] = number;
            }
            List<Connection> loop = shortestLoop(graph, component.get(0), componentOf, reachedBy);
            component.forEach(node -> reachedBy[node] = null);
            diagnostics.add(loopFound(context, loop, component.size()));
        }
        return diagnostics;
    }

    /** The shortest loop from a node back to itself within its component, as its connections in order. */
    private static List<Connection> shortestLoop(CausesGraph graph, int start, int[] componentOf,
                                                 Connection[] reachedBy) {
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Connection cause : graph.causes(node)) {
                int next = graph.node(cause.target());
                if (next == start) {
                    return pathTo(graph, node, cause, reachedBy, start);
                }
                if (componentOf[next] == componentOf[start] && reachedBy[next] == null) {
                    reachedBy[next] = cause;
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("a strongly connected component without a loop");
    }

    private static List<Connection> pathTo(CausesGraph graph, int last, Connection closing, Connection[] reachedBy,
                                           int start) {
        List<Connection> loop = new ArrayList<>(List.of(closing));
        for (int node = last; node != start; node = graph.node(reachedBy[node].source())) {
            loop.add(0, reachedBy[node]);
        }
        return loop;
    }

    /** The loop as "'a' -(type)-> 'b' ...", eliding the middle of a long loop. */
    private static String path(ValidationContext context, List<Connection> loop) {
        StringBuilder path = new StringBuilder(ElementProperties.quoted(context.service(loop.get(0).source())));
        int shown = Math.min(loop.size(), MAX_STEPS_NAMED);
        for (int step = 0; step < shown - 1; step++) {
            appendStep(context, path, loop.get(step));
        }
        if (loop.size() > shown) {
            path.append(" -> ... ").append(loop.size() - shown - 1).append(" more services ... -> ")
                    .append(ElementProperties.quoted(context.service(loop.get(loop.size() - 1).source())));
        }
        appendStep(context, path, loop.get(loop.size() - 1));
        return path.toString();
    }

    private static void appendStep(ValidationContext context, StringBuilder path, Connection step) {
        path.append(" -(").append(step.type().displayName()).append(")-> ")
                .append(ElementProperties.quoted(context.service(step.target())));
    }

    private Diagnostic loopFound(ValidationContext context, List<Connection> loop, int tangled) {
        List<ElementId> elements = new ArrayList<>();
        loop.forEach(step -> elements.add(step.source()));
        loop.forEach(step -> elements.add(step.id()));
        String tangle = tangled > loop.size() ? " The loop is part of a tangle of " + tangled + " services that all"
                + " cause one another." : "";
        return new Diagnostic(id(), Severity.ERROR, elements,
                "Recursive loop: " + path(context, loop) + ". Each run causes the next, forever. AWS stops"
                        + " recursive loops between Lambda, SQS, SNS and S3 after about 16 invocations, and you pay"
                        + " for every invocation and request until then; a loop through other services (DynamoDB, Kinesis, Step Functions) may"
                        + " not be stopped at all." + tangle,
                "Break the loop: write to a different bucket, queue or topic than the one that triggers the function,"
                        + " or filter the trigger (e.g. an S3 prefix) so the function's own output does not match.");
    }
}
