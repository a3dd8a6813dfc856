/**
 * The open document of the designer: {@link studio.serverless.app.desktop.designer.DiagramSession} (a diagram's
 * command stack and its file), {@link studio.serverless.app.desktop.designer.DesignerViewModel} (New, Open, Save,
 * undo/redo labels, the window title and the live validation result, all without a stage, driven by plain unit
 * tests), the {@link studio.serverless.app.desktop.designer.FilePicker} seam in front of the file dialogs, and the
 * light and dark {@link studio.serverless.app.desktop.designer.Theme}.
 */
package studio.serverless.app.desktop.designer;
