/**
 * The service palette: a searchable list of the catalogue's service kinds, each with its icon, its name and, on
 * hover, what the service is, how it is invoked and how it is billed. A kind reaches the diagram by dragging it
 * onto the {@link studio.serverless.canvas.DiagramEditor} (the drag carries
 * {@link studio.serverless.canvas.DiagramEditor#SERVICE_KIND_FORMAT}) or from the keyboard (arrow keys, Enter), which
 * hands the kind to the shell's add action. The filtering and the explanations live in {@link
 * studio.serverless.canvas.palette.PaletteEntries}, plain code with plain unit tests; {@link
 * studio.serverless.canvas.palette.ServicePalette} is the control.
 */
package studio.serverless.canvas.palette;
