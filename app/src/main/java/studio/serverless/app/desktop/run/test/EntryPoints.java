package studio.serverless.app.desktop.run.test;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.apigateway.ApiGatewayListener;
import studio.serverless.runner.apigateway.ApiRoute;

/**
 * Every entry point of a running diagram, by kind and then in diagram order: the routes of the APIs being
 * served, topics, queues, buckets, the buses that pattern rules listen on, state machines and functions.
 */
public final class EntryPoints {

    private EntryPoints() {
    }

    /**
     * The entry points of {@code diagram}, whose APIs are served by {@code apis}, sending with {@code clients}
     * (routes with {@code http}).
     */
    public static List<EntryAction> of(Diagram diagram, List<ApiGatewayListener> apis, CloudClients clients,
            HttpClient http) {
        List<EntryAction> entries = new ArrayList<>();
        for (ApiGatewayListener api : apis) {
            for (ApiRoute route : api.api().routes()) {
                entries.add(new RouteAction(api.api().name(), api.uri(), route, http));
            }
        }
        for (Service service : diagram.services()) {
            switch (service.kind()) {
                case SNS_TOPIC -> entries.add(new TopicAction(service.name(), clients));
                case SQS_QUEUE -> entries.add(new QueueAction(service.name(), clients));
                case S3_BUCKET -> entries.add(new BucketAction(service.name(), keyPrefix(diagram, service), clients));
                case STEP_FUNCTIONS -> entries.add(new StateMachineAction(service.name(),
                        "EXPRESS".equals(service.properties().text("type")), clients));
                case LAMBDA_FUNCTION -> entries.add(new FunctionAction(service.name(),
                        SampleEvents.of(diagram, service), clients));
                default -> { }
            }
        }
        buses(diagram).forEach((bus, sample) -> entries.add(new BusAction(bus, sample, clients)));
        entries.sort(Comparator.comparing(EntryAction::kind));
        return List.copyOf(entries);
    }

    /** The prefix of the bucket's first notification, so an upload with the default key triggers it. */
    private static String keyPrefix(Diagram diagram, Service bucket) {
        return diagram.connectionsOf(bucket.id()).stream()
                .filter(connection -> connection.type() == ConnectionType.S3_NOTIFICATION
                        && connection.source().equals(bucket.id()))
                .map(connection -> connection.properties().text("prefix")).filter(prefix -> prefix != null)
                .findFirst().orElse("");
    }

    /** Each bus that a pattern rule listens on, with what its first rule's pattern matches. */
    private static Map<String, EventPatternSample> buses(Diagram diagram) {
        Map<String, EventPatternSample> buses = new LinkedHashMap<>();
        for (Service rule : diagram.services()) {
            if (rule.kind() == ServiceKind.EVENTBRIDGE_RULE
                    && !"SCHEDULE".equals(rule.properties().text("trigger"))) {
                String bus = rule.properties().text("eventBus");
                buses.putIfAbsent(bus == null || bus.isBlank() ? "default" : bus,
                        EventPatternSample.of(rule.properties().text("eventPattern")));
            }
        }
        return buses;
    }
}
