/**
 * The bucket browser: a bucket's objects by "folder" (common prefixes up to {@code /}), downloaded to and uploaded
 * from files the person picks through a {@code BrowserFilePicker}; uploads go through the S3 engine as PutObject
 * does, so the bucket's notifications fire.
 */
package studio.serverless.app.desktop.run.browse.buckets;
