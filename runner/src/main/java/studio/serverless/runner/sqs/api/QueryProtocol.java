package studio.serverless.runner.sqs.api;

import java.util.Map;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ProtocolErrors;
import studio.serverless.runner.endpoint.XmlText;
import studio.serverless.runner.sqs.engine.SqsError;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * SQS's query protocol: form parameters in, XML out in the {@code <ActionResponse><ActionResult>} envelope, and
 * the one place SQS errors become query XML ({@code <ErrorResponse>} with the {@code awsQueryError} code).
 */
final class QueryProtocol {

    static final String XML_NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";

    private QueryProtocol() {
    }

    static ActionInput read(Map<String, String> form) {
        return new QueryActionInput(form);
    }

    static AwsResponse write(String action, ActionOutput output, String requestId) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><").append(action)
                .append("Response xmlns=\"").append(XML_NAMESPACE).append("\">");
        if (!output.isEmpty()) {
            xml.append('<').append(action).append("Result>");
            appendMembers(xml, output);
            xml.append("</").append(action).append("Result>");
        }
        xml.append("<ResponseMetadata><RequestId>").append(requestId).append("</RequestId></ResponseMetadata></")
                .append(action).append("Response>");
        return AwsResponse.xml(200, xml.toString());
    }

    static AwsResponse error(SqsException exception, String requestId) {
        SqsError error = exception.error();
        return ProtocolErrors.query(error.httpStatus(), error.queryCode(), exception.getMessage(),
                error.senderFault(), requestId);
    }

    private static void appendMembers(StringBuilder xml, ActionOutput output) {
        output.members().forEach((name, value) -> {
            if (value instanceof ActionOutput.ListValue list) {
                list.items().forEach(item -> element(xml, list.xmlMember(), item));
            } else if (value instanceof ActionOutput.MapValue map) {
                map.entries().forEach((key, item) -> {
                    xml.append('<').append(map.xmlEntry()).append('>');
                    element(xml, map.xmlKey(), key);
                    element(xml, "Value", item);
                    xml.append("</").append(map.xmlEntry()).append('>');
                });
            } else {
                element(xml, name, value);
            }
        });
    }

    private static void element(StringBuilder xml, String name, Object value) {
        xml.append('<').append(name).append('>');
        if (value instanceof ActionOutput nested) {
            appendMembers(xml, nested);
        } else {
            xml.append(XmlText.escape(String.valueOf(value)));
        }
        xml.append("</").append(name).append('>');
    }
}
