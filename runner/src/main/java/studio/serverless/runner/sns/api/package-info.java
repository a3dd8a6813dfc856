/**
 * SNS's wire adapter: reads the query protocol's form ({@code Action=Publish&Version=2010-03-31}, maps as
 * {@code Attributes.entry.N.key}, lists as {@code Entries.member.N}), runs one small action class per action
 * against the engine, and writes XML results and {@code <ErrorResponse>} errors. No SNS logic lives here.
 */
package studio.serverless.runner.sns.api;
