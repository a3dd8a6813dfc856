/**
 * A small HTTP/1.1 server for the local cloud, on the loopback address only: one thread per connection with
 * blocking I/O, keep-alive, {@code Expect: 100-continue}, chunked and fixed-length request bodies, and answers
 * of a known length. The JDK's {@code com.sun.net.httpserver} it replaces parsed headers slowly and handed every
 * request from its selector thread to a worker thread; on two cores that hop and that parsing cost more than the
 * emulated services themselves (see decision 0023). Nothing here knows AWS: {@link
 * studio.serverless.runner.endpoint.http.HttpCall} is all the endpoint sees.
 */
package studio.serverless.runner.endpoint.http;
