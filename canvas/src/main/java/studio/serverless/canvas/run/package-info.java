/**
 * The run overlay: what a running diagram shows on the canvas above its figures and edges, knowing only model ids
 * (never the runner). {@link studio.serverless.canvas.run.RunOverlay} animates tokens travelling along connections,
 * sets live badges (small labelled counters) on services, and marks a failing service red with its last error. It
 * draws in a layer of its own above the tiles and inside the zoomed and panned content, so it follows pan and zoom
 * and never causes a cached tile to be drawn again; its tokens share one animation timer and reuse their nodes, and
 * each connection carries a few tokens at most, so a burst of traffic stays cheap.
 */
package studio.serverless.canvas.run;
