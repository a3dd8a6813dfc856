package studio.serverless.runner.endpoint;

import java.util.List;
import java.util.Map;

/**
 * Sends each request to its service by protocol. JSON: the {@code X-Amz-Target} prefix. Query: the
 * {@code Action}, and when two services share an action name (SQS and SNS both have AddPermission) the
 * credential scope's signing name, then the {@code Version}, then a path the service owns (an SQS queue URL).
 * REST: the first service that accepts the request (Lambda by its path, then S3).
 */
final class RequestRouter {

    private final List<ServiceAdapter> adapters;

    RequestRouter(List<ServiceAdapter> adapters) {
        this.adapters = List.copyOf(adapters);
    }

    Route route(AwsRequest request) {
        String target = request.header("x-amz-target");
        if (target != null) {
            return routeJson(target);
        }
        Map<String, String> form = request.formParameters();
        if (form.containsKey("Action")) {
            return routeQuery(request, form);
        }
        for (ServiceAdapter adapter : adapters) {
            if (adapter.acceptsRest(request)) {
                return Route.to(adapter, AwsProtocol.REST);
            }
        }
        return Route.failed(AwsProtocol.REST, ProtocolErrors.unroutable(request.requestId()));
    }

    /**
     * The streaming REST service for a request seen so far only by its head (empty body), or null when the
     * request may belong to the JSON or query protocol, or no streaming service accepts it.
     */
    StreamingServiceAdapter streamingAdapter(AwsRequest head) {
        boolean mayBeQuery = head.isFormEncoded() && head.method().equals("POST");
        if (head.header("x-amz-target") != null || mayBeQuery || head.formParameters().containsKey("Action")) {
            return null;
        }
        for (ServiceAdapter adapter : adapters) {
            if (adapter.acceptsRest(head)) {
                // the first REST service that accepts wins, as in route(): Lambda before S3, which takes all
                return adapter instanceof StreamingServiceAdapter streaming ? streaming : null;
            }
        }
        return null;
    }

    private Route routeJson(String target) {
        int dot = target.lastIndexOf('.');
        String prefix = dot < 0 ? target : target.substring(0, dot);
        for (ServiceAdapter adapter : adapters) {
            if (adapter.jsonTargetPrefixes().contains(prefix)) {
                return Route.to(adapter, AwsProtocol.JSON);
            }
        }
        return Route.failed(AwsProtocol.JSON, ProtocolErrors.unknownJsonOperation(target));
    }

    private Route routeQuery(AwsRequest request, Map<String, String> form) {
        String action = form.get("Action");
        List<ServiceAdapter> candidates = adapters.stream()
                .filter(adapter -> adapter.queryActions().contains(action)).toList();
        List<ServiceAdapter> pool = !candidates.isEmpty() ? candidates
                : adapters.stream().filter(adapter -> !adapter.queryActions().isEmpty()).toList();
        ServiceAdapter chosen = pick(pool, a -> a.signingName().equals(request.caller().service()));
        chosen = chosen != null ? chosen : pick(pool, a -> form.containsKey("Version")
                && form.get("Version").equals(a.queryVersion()));
        chosen = chosen != null ? chosen : pick(pool, a -> a.ownsQueryPath(request.path()));
        if (chosen == null && !candidates.isEmpty()) {
            chosen = candidates.get(0);
        }
        return chosen == null
                ? Route.failed(AwsProtocol.QUERY, ProtocolErrors.unknownQueryAction(action, request.requestId()))
                : Route.to(chosen, AwsProtocol.QUERY);
    }

    private static ServiceAdapter pick(List<ServiceAdapter> pool, java.util.function.Predicate<ServiceAdapter> test) {
        return pool.stream().filter(test).findFirst().orElse(null);
    }
}
