/**
 * The canvas benchmark (not a test): opens a diagram of 1,000 services and 2,000 connections in a real window
 * and times the first frame and the frames of panning and zooming. Run by {@code scripts/benchmark.sh} under
 * {@code xvfb-run} with software rendering; see docs/benchmarks.md.
 */
package studio.serverless.canvas.bench;
