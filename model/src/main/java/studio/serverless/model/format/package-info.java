/**
 * The diagram file format (docs/file-format.md): {@link studio.serverless.model.format.DiagramReader} turns JSON
 * text into a diagram or fails with one clear line, {@link studio.serverless.model.format.DiagramWriter} turns a
 * diagram into deterministic, pretty-printed JSON, and {@link studio.serverless.model.format.DiagramFiles} loads
 * and atomically saves files.
 */
package studio.serverless.model.format;
