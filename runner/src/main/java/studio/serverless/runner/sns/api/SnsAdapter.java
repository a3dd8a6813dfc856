package studio.serverless.runner.sns.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ProtocolErrors;
import studio.serverless.runner.endpoint.ServiceAdapter;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SnsError;
import studio.serverless.runner.sns.engine.SnsException;

/**
 * SNS on the endpoint: the query protocol ({@code Action=Publish&Version=2010-03-31}, signed for {@code sns}),
 * XML answers in the {@code <ActionResponse><ActionResult>} envelope, and the one place SNS errors become
 * {@code <ErrorResponse>} XML.
 */
public final class SnsAdapter implements ServiceAdapter {

    static final String XML_NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";

    private final SnsEngine engine;
    private final Map<String, SnsAction> actions = new LinkedHashMap<>();

    /** An adapter over {@code engine}. */
    public SnsAdapter(SnsEngine engine) {
        this.engine = engine;
        Stream.of(TopicActions.all(), SubscriptionActions.all(), PublishActions.all(), TagActions.all()).flatMap(List::stream)
                .forEach(action -> actions.put(action.name(), action));
    }

    @Override
    public String signingName() {
        return "sns";
    }

    @Override
    public Set<String> queryActions() {
        return Set.copyOf(actions.keySet());
    }

    @Override
    public String queryVersion() {
        return "2010-03-31";
    }

    @Override
    public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
        Map<String, String> form = request.formParameters();
        String name = form.get("Action");
        try {
            SnsAction action = actions.get(name);
            if (action == null || protocol != AwsProtocol.QUERY) {
                throw new SnsException(SnsError.INVALID_ACTION, "The action " + name + " is not valid for SNS.");
            }
            XmlResult result = new XmlResult();
            action.run(new SnsInput(form), engine, request.caller(), result);
            return write(name, result, request.requestId());
        } catch (SnsException e) {
            return ProtocolErrors.query(e.error().httpStatus(), e.error().code(), e.getMessage(), true,
                    request.requestId());
        }
    }

    private static AwsResponse write(String action, XmlResult result, String requestId) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><").append(action)
                .append("Response xmlns=\"").append(XML_NAMESPACE).append("\">");
        if (!result.isEmpty()) {
            xml.append('<').append(action).append("Result>").append(result).append("</").append(action)
                    .append("Result>");
        }
        xml.append("<ResponseMetadata><RequestId>").append(requestId).append("</RequestId></ResponseMetadata></")
                .append(action).append("Response>");
        return AwsResponse.xml(200, xml.toString());
    }
}
