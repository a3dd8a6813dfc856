/**
 * The File menu's behaviour put together for a one-document window:
 * {@link studio.serverless.app.desktop.document.workflow.DocumentWorkflow} runs New, New from Example, Open,
 * Open Recent, a dropped file, Save, Save As and closing over the pieces of the {@code document},
 * {@code recovery} and {@code gallery} packages, asking through
 * {@link studio.serverless.app.desktop.document.workflow.FileDialogs} so that a plain unit test can drive it;
 * {@link studio.serverless.app.desktop.document.workflow.DocumentWorkflows#forWindow} builds the real one, and
 * {@link studio.serverless.app.desktop.document.workflow.FileMenuItems} makes the File menu's document items.
 */
package studio.serverless.app.desktop.document.workflow;
