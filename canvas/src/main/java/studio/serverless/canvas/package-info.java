/**
 * The JavaFX diagram editor: views of the model, the tools that edit it through model commands, and the overlays that show validation and run state. Knows the model and the icons, never the app, the generator or the runner.
 */
package studio.serverless.canvas;
