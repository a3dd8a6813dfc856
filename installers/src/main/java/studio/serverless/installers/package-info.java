/**
 * What the installers need beyond jpackage itself: the app icon in each desktop's own file format. jpackage wants a
 * PNG on Linux, an ICO on Windows and an ICNS on macOS; {@link studio.serverless.installers.InstallerIcons} writes
 * all three at build time from the icons module's PNG renditions, so no platform's icon tool is needed and no
 * binary icon file is checked in twice (docs/decisions/0042).
 */
package studio.serverless.installers;
