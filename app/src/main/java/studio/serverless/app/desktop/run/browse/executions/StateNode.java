package studio.serverless.app.desktop.run.browse.executions;

/**
 * One state of a drawn state machine, placed on the layered drawing.
 *
 * @param name   the state's name
 * @param type   its ASL type (Task, Choice, Parallel, ...)
 * @param marker what a Parallel or Map box says about its inside ("[2 branches]", "[each item: 3 states]"), else empty
 * @param layer  its row, 0 at the top (the StartAt state)
 * @param column its place in the row, from the left
 * @param end    whether the execution can end here (End, Succeed, Fail)
 */
public record StateNode(String name, String type, String marker, int layer, int column, boolean end) {
}
