package studio.serverless.runner.activity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.RequestObserver;

/**
 * Turns the endpoint's answered requests into {@link ActivityKind#SERVICE_CALL} activity. The caller is read from
 * the SigV4 credential: each function's environment carries its own access key id, so a function's PutItem shows
 * as from the function to the table. Any other caller is outside the local cloud (a developer's script, a test,
 * the AWS CLI): its call shows as from the resource called alone, with {@code (outside)} in the summary. Calls
 * naming no resource (ListQueues) are shown only when a function makes them. A call is published when it arrives,
 * before the service acts, so that what it sets off (a poller's delivery) follows it on the feed; a call answered
 * with an error is published again as {@code Operation failed} with the AWS error code and message.
 */
public final class ServiceCallActivity implements RequestObserver {

    /** What the summary of a call from outside the local cloud ends with. */
    public static final String OUTSIDE = " (outside)";
    private static final Logger LOG = Logger.getLogger(ServiceCallActivity.class.getName());

    private final ActivityFeed feed;
    private final Function<String, Optional<String>> functionByAccessKey;

    /**
     * Publishes to {@code feed}, asking {@code functionByAccessKey} which function, if any, an access key id
     * belongs to.
     */
    public ServiceCallActivity(ActivityFeed feed, Function<String, Optional<String>> functionByAccessKey) {
        this.feed = feed;
        this.functionByAccessKey = functionByAccessKey;
    }

    @Override
    public boolean observing() {
        return feed.listening();
    }

    @Override
    public void received(String signingName, AwsProtocol protocol, AwsRequest request) {
        publish(signingName, protocol, request, "", null);
    }

    @Override
    public void failed(String signingName, AwsProtocol protocol, AwsRequest request, int status, byte[] errorBody) {
        publish(signingName, protocol, request, " failed", ErrorSummaries.of(status, errorBody));
    }

    private void publish(String signingName, AwsProtocol protocol, AwsRequest request, String outcome,
            String error) {
        try {
            publishCall(signingName, protocol, request, outcome, error);
        } catch (RuntimeException e) {
            // a request this reader does not understand still gets its answer; it just goes unseen
            LOG.log(Level.FINE, "could not read the activity of request " + request.requestId(), e);
        }
    }

    private void publishCall(String signingName, AwsProtocol protocol, AwsRequest request, String outcome,
            String error) {
        String operation = ServiceCallNames.operation(signingName, protocol, request) + outcome;
        List<ResourceRef> targets = ServiceCallNames.targets(signingName, protocol, request);
        Optional<ResourceRef> function = functionByAccessKey.apply(request.caller().accessKeyId())
                .map(ResourceRef::function);
        if (function.isPresent()) {
            if (targets.isEmpty()) {
                feed.publish(ActivityKind.SERVICE_CALL, function.get(), null, operation, error);
            }
            targets.forEach(target -> feed.publish(ActivityKind.SERVICE_CALL, function.get(),
                    target.equals(function.get()) ? null : target, operation, error));
        } else {
            targets.forEach(target -> feed.publish(ActivityKind.SERVICE_CALL, target, null, operation + OUTSIDE,
                    error));
        }
    }
}
