package studio.serverless.runner.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoint itself: loopback only, request ids, and errors that never stop it. */
class LocalEndpointTest {

    private static final ServiceAdapter FAILING = new ServiceAdapter() {
        @Override
        public String signingName() {
            return "broken";
        }

        @Override
        public Set<String> jsonTargetPrefixes() {
            return Set.of("Broken_2020");
        }

        @Override
        public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
            throw new IllegalStateException("a bug in a service");
        }
    };
    private final LocalEndpoint endpoint = LocalEndpoint.start(0, "us-east-1", List.of(FAILING));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private HttpResponse<String> post(String target) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(endpoint.uri() + "/")).header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertTrue(endpoint.address().getAddress().isLoopbackAddress());
        assertEquals("127.0.0.1", endpoint.uri().getHost());
    }

    @Test
    void cannotBeReachedThroughANonLoopbackAddress() throws Exception {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");

        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), endpoint.address().getPort()), 2000);
            }
        });
    }

    @Test
    void anUnknownTargetIsAJsonUnknownOperationWithARequestId() throws Exception {
        HttpResponse<String> response = post("Nobody_2020.Anything");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("UnknownOperationException"));
        assertTrue(response.headers().firstValue("x-amzn-RequestId").isPresent());
    }

    @Test
    void aServiceThatThrowsGivesAnInternalFailureAndTheServerKeepsServing() throws Exception {
        Logger handlerLog = Logger.getLogger(ExchangeHandler.class.getName());
        handlerLog.setLevel(Level.OFF); // the failure is expected here: keep the build log plain
        HttpResponse<String> failed = post("Broken_2020.Do");
        handlerLog.setLevel(null);
        HttpResponse<String> next = post("Nobody_2020.Anything");

        assertEquals(500, failed.statusCode());
        assertTrue(failed.body().contains("InternalFailure"));
        assertEquals(400, next.statusCode());
    }

    @Test
    void aCborClientGetsTheEndpointsOwnErrorsInCbor() throws Exception {
        Logger handlerLog = Logger.getLogger(ExchangeHandler.class.getName());
        handlerLog.setLevel(Level.OFF); // the failure is expected here: keep the build log plain
        HttpResponse<byte[]> failed = postCbor("Broken_2020.Do");
        handlerLog.setLevel(null);
        HttpResponse<byte[]> unknown = postCbor("Nobody_2020.Anything");

        assertEquals(500, failed.statusCode());
        assertEquals("InternalFailure", cbor(failed).get("__type").asText());
        assertEquals(400, unknown.statusCode());
        assertEquals(Optional.of("application/x-amz-cbor-1.1"), unknown.headers().firstValue("content-type"));
        assertEquals("UnknownOperationException", cbor(unknown).get("__type").asText());
        assertEquals(Optional.of("UnknownOperationException"), unknown.headers().firstValue("x-amzn-ErrorType"));
    }

    private HttpResponse<byte[]> postCbor(String target) throws Exception {
        byte[] emptyMap = new com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper().writeValueAsBytes(
                java.util.Map.of());
        return http.send(HttpRequest.newBuilder(URI.create(endpoint.uri() + "/")).header("X-Amz-Target", target)
                .header("Content-Type", "application/x-amz-cbor-1.1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(emptyMap)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static com.fasterxml.jackson.databind.JsonNode cbor(HttpResponse<byte[]> response) throws IOException {
        return new com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper().readTree(response.body());
    }
}
