/**
 * The desktop app: the JavaFX application and the designer window. {@code MainWindow} lays out the menu bar
 * ({@code MainMenu}), the toolbar, the palette, the canvas and inspector of the open diagram
 * ({@code DocumentWorkspace}, made anew for every New and Open), the problems panel and the status bar;
 * {@code WindowActions} carries out the menu and toolbar actions. Views are layout and bindings; what they show is
 * decided in view models ({@code designer}, {@code problems}, {@code status}) that plain unit tests drive without
 * a stage.
 */
package studio.serverless.app.desktop;
