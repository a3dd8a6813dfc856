/**
 * The open document and the file chores around it: {@link studio.serverless.app.desktop.document.DiagramDocument}
 * (file or untitled, dirty state from the command stack, window title, save and save-as), the persisted
 * {@link studio.serverless.app.desktop.document.RecentFiles} list and its "Open Recent" menu, the per-user
 * {@link studio.serverless.app.desktop.document.SettingsFolder}, the "Save changes before closing?" question
 * ({@link studio.serverless.app.desktop.document.UnsavedChangesGuard} with a replaceable
 * {@link studio.serverless.app.desktop.document.DiscardConfirmation}) and opening a diagram file dropped on the
 * window. Logic sits in plain classes that unit tests drive; the dialogs are thin. Autosave and crash recovery
 * are in the {@code recovery} sub-package.
 */
package studio.serverless.app.desktop.document;
