package studio.serverless.runner.lambda.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ServiceAdapter;
import studio.serverless.runner.lambda.engine.FunctionNames;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.lambda.engine.LambdaError;
import studio.serverless.runner.lambda.engine.LambdaException;

/**
 * Lambda on the local cloud's endpoint. It claims REST requests under {@code /2015-03-31/functions/} (Invoke) and
 * {@code /2017-03-31/tags/} (ListTags, TagResource, UntagResource) unless they are signed for S3 (a bucket may be called {@code 2015-03-31}), so it is registered before S3, which takes the rest.
 */
public final class LambdaAdapter implements ServiceAdapter {

    static final String FUNCTIONS_PATH = "/2015-03-31/functions/";
    private static final Pattern INVOKE = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations/?");

    private final InvokeAction invoke;
    private final FunctionTagsAction tags;

    /** An adapter answering from {@code engine}. */
    public LambdaAdapter(LambdaEngine engine) {
        this.invoke = new InvokeAction(engine);
        this.tags = new FunctionTagsAction(engine);
    }

    @Override
    public String signingName() {
        return "lambda";
    }

    @Override
    public boolean acceptsRest(AwsRequest request) {
        return (request.path().startsWith(FUNCTIONS_PATH) || request.path().startsWith(FunctionTagsAction.TAGS_PATH))
                && !request.caller().service().equals("s3");
    }

    @Override
    public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
        try {
            if (request.path().startsWith(FunctionTagsAction.TAGS_PATH)) {
                return tags.handle(request);
            }
            Matcher matcher = INVOKE.matcher(request.path());
            if (!request.method().equals("POST") || !matcher.matches()) {
                throw new LambdaException(LambdaError.UNKNOWN_OPERATION, "The local cloud does not emulate "
                        + request.method() + " " + request.path() + " yet; only Invoke and tags.");
            }
            return invoke.handle(request, FunctionNames.nameOf(matcher.group(1)));
        } catch (LambdaException e) {
            return LambdaErrors.response(e);
        }
    }
}
