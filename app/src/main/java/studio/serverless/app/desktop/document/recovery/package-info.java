/**
 * Autosave and crash recovery: while a document has unsaved work an
 * {@link studio.serverless.app.desktop.document.recovery.Autosaver} copies it every 30 seconds into the
 * {@link studio.serverless.app.desktop.document.recovery.RecoveryStore} (atomic writes, one file per open
 * document, removed on save and on a proper close); the
 * {@link studio.serverless.app.desktop.document.recovery.AutosaveSlot} keeps one autosaver on the document the
 * designer shows. At the next start the {@link studio.serverless.app.desktop.document.recovery.RecoveryOffer}
 * asks whether to recover what a crashed session left. Running sessions hold an operating-system file lock, so
 * one instance never offers another live instance's work. The timer and the question are interfaces so tests
 * tick and answer by hand (docs/decisions/0016).
 */
package studio.serverless.app.desktop.document.recovery;
