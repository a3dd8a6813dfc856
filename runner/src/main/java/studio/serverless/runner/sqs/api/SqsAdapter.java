package studio.serverless.runner.sqs.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ServiceAdapter;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.engine.SqsError;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * SQS on the endpoint: the JSON protocol ({@code X-Amz-Target: AmazonSQS.SendMessage}, what the AWS SDK for
 * Java v2 speaks since 2.21) and the query protocol ({@code Action=SendMessage}, XML answers, possibly posted to
 * the queue URL). Finds the action, runs it, and shapes results and errors for the protocol.
 */
public final class SqsAdapter implements ServiceAdapter {

    private static final Pattern QUEUE_PATH = Pattern.compile("/\\d{12}/[^/]+/?");
    private static final String TARGET_PREFIX = "AmazonSQS";

    private final SqsEngine engine;
    private final Map<String, SqsAction> actions = new LinkedHashMap<>();

    /** An adapter over {@code engine}. */
    public SqsAdapter(SqsEngine engine) {
        this.engine = engine;
        Stream.of(QueueActions.all(), AttributeActions.all(), SendActions.all(),
                List.of(new ReceiveMessageAction()), DeleteAndVisibilityActions.all(), TagActions.all(),
                MessageMoveActions.all())
                .flatMap(List::stream).forEach(action -> actions.put(action.name(), action));
    }

    @Override
    public String signingName() {
        return "sqs";
    }

    @Override
    public Set<String> jsonTargetPrefixes() {
        return Set.of(TARGET_PREFIX);
    }

    @Override
    public Set<String> queryActions() {
        return Set.copyOf(actions.keySet());
    }

    @Override
    public String queryVersion() {
        return "2012-11-05";
    }

    @Override
    public boolean ownsQueryPath(String path) {
        return QUEUE_PATH.matcher(path).matches();
    }

    @Override
    public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
        return protocol == AwsProtocol.JSON ? handleJson(request) : handleQuery(request);
    }

    private AwsResponse handleJson(AwsRequest request) {
        try {
            String target = request.header("x-amz-target");
            SqsAction action = action(target.substring(target.lastIndexOf('.') + 1), target);
            return JsonProtocol.write(action.run(JsonProtocol.read(request.body()), context(request, null)));
        } catch (SqsException e) {
            return JsonProtocol.error(e);
        }
    }

    private AwsResponse handleQuery(AwsRequest request) {
        Map<String, String> form = request.formParameters();
        String name = form.get("Action");
        try {
            SqsAction action = action(name, name);
            String path = ownsQueryPath(request.path()) ? request.path() : null;
            ActionOutput output = action.run(QueryProtocol.read(form), context(request, path));
            return QueryProtocol.write(action.name(), output, request.requestId());
        } catch (SqsException e) {
            return QueryProtocol.error(e, request.requestId());
        }
    }

    private SqsAction action(String name, String asSent) {
        SqsAction action = actions.get(name);
        if (action == null) {
            throw new SqsException(SqsError.UNKNOWN_OPERATION, "Unknown operation " + asSent + ".");
        }
        return action;
    }

    private ActionContext context(AwsRequest request, String path) {
        return new ActionContext(engine, request.caller(), request.host(), path);
    }
}
