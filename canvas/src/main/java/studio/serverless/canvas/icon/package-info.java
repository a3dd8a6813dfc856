/**
 * The project's icons on the canvas. {@link studio.serverless.canvas.icon.SvgIconLoader} reads the SVG files of
 * the icons module into JavaFX shapes; it understands only the small subset the icons are drawn in ({@code svg},
 * {@code g}, {@code rect}, {@code circle}, {@code polygon}, {@code path}, with fill and stroke attributes) and
 * refuses anything else with a message naming the file and the element, so an icon never renders differently
 * from how it was drawn. {@link studio.serverless.canvas.icon.ServiceIcons} is the editor's
 * {@link studio.serverless.canvas.view.IconFactory} and also gives images for list cells and the window icons.
 */
package studio.serverless.canvas.icon;
