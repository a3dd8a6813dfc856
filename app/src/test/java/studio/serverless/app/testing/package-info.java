/**
 * Fakes shared by the app's tests: diagrams built from severities, a file loader, an in-process CLI run and an
 * autosave timer ticked by hand.
 */
package studio.serverless.app.testing;
