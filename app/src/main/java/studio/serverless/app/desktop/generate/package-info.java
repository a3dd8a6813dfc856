/**
 * The Generate dialog: choose targets and the functions' language, preview the project's file tree and any file,
 * then write it to a folder (keeping handlers the user edited) or a zip. The view model holds the logic and is
 * tested without a window.
 */
package studio.serverless.app.desktop.generate;
