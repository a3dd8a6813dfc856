package studio.serverless.canvas.run;

import studio.serverless.model.diagram.Point;

/**
 * One token's trip along an edge: from the edge's start to its end, in a straight line, at a steady pace.
 *
 * @param start         where the token leaves (the source figure's outline)
 * @param end           where it arrives (the arrow's tip)
 * @param startNanos    when it left, on the {@link System#nanoTime()} scale
 * @param durationNanos how long the trip takes
 */
record TokenFlight(Point start, Point end, long startNanos, long durationNanos) {

    /** How far along the trip is at {@code nowNanos}, from 0 (leaving) to 1 (arrived). */
    double progress(long nowNanos) {
        if (durationNanos <= 0) {
            return 1;
        }
        double done = (double) (nowNanos - startNanos) / durationNanos;
        return Math.max(0, Math.min(1, done));
    }

    /** Where the token is at {@code nowNanos}. */
    Point position(long nowNanos) {
        double t = progress(nowNanos);
        return new Point(start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t);
    }

    /** Whether the token has arrived at {@code nowNanos}. */
    boolean arrived(long nowNanos) {
        return progress(nowNanos) >= 1;
    }
}
