/**
 * The desktop app: the JavaFX application, its main window and menu, and the view models behind them. Views are
 * layout and bindings; what they show is decided in view models that plain unit tests drive without a stage.
 */
package studio.serverless.app.desktop;
