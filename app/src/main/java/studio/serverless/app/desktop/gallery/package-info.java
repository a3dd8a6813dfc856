/**
 * File > New from Example: the {@link studio.serverless.app.desktop.gallery.ExampleCatalog} finds the example
 * diagrams (an {@code examples} folder of a checkout or an unpacked app, else the copies the build packs into
 * the app's jar) with titles and descriptions from their README, and the
 * {@link studio.serverless.app.desktop.gallery.ExampleGalleryDialog} shows them with a thumbnail each and opens
 * the chosen one as a new untitled document.
 */
package studio.serverless.app.desktop.gallery;
