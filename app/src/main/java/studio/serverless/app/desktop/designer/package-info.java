/**
 * The designer's view model and what it needs beyond the document:
 * {@link studio.serverless.app.desktop.designer.DesignerViewModel} holds the one open
 * {@link studio.serverless.app.desktop.document.DiagramDocument} (New, Open, Save, recovering a crash's work,
 * undo/redo labels, the window title and the live validation result, all without a stage, driven by plain unit
 * tests), the {@link studio.serverless.app.desktop.designer.FilePicker} seam in front of the file dialogs, and the
 * light and dark {@link studio.serverless.app.desktop.designer.Theme}, remembered between starts by
 * {@link studio.serverless.app.desktop.designer.ThemePreference}.
 */
package studio.serverless.app.desktop.designer;
