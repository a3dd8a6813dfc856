/**
 * The architecture model of Serverless Studio: what a diagram is, which AWS services and connections it may hold, how it is edited, checked and stored. Pure Java, with no user interface and no I/O beyond the file format.
 */
package studio.serverless.model;
