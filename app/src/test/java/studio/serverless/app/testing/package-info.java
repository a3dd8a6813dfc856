/** Fakes shared by the app's tests: diagrams built from severities, a file loader and an in-process CLI run. */
package studio.serverless.app.testing;
