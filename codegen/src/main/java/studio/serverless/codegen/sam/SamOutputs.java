package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.getAtt;
import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.model.diagram.Service;

/** The outputs of a SAM template: each API's URL, and the names, URLs and ARNs of the other resources. */
final class SamOutputs {

    private final SamContext context;

    SamOutputs(SamContext context) {
        this.context = context;
    }

    /** The outputs of one service. */
    List<SamOutput> of(Service service) {
        String id = context.logicalId(service.id());
        String what = kindWord(service) + " '" + service.name() + "'";
        return switch (service.kind()) {
            case API_GATEWAY -> List.of(new SamOutput(id + "Url", "URL of the " + what, apiUrl(service, id)));
            case LAMBDA_FUNCTION -> List.of(new SamOutput(id + "Arn", "ARN of the " + what, getAtt(id, "Arn")));
            case STEP_FUNCTIONS -> List.of(new SamOutput(id + "Arn", "ARN of the " + what, ref(id)));
            case SQS_QUEUE -> List.of(new SamOutput(id + "Url", "URL of the " + what, ref(id)),
                    new SamOutput(id + "Arn", "ARN of the " + what, getAtt(id, "Arn")));
            case SNS_TOPIC -> List.of(new SamOutput(id + "Arn", "ARN of the " + what, ref(id)),
                    new SamOutput(id + "Name", "Name of the " + what, getAtt(id, "TopicName")));
            case EVENTBRIDGE_RULE -> List.of();
            default -> List.of(new SamOutput(id + "Name", "Name of the " + what, ref(id)),
                    new SamOutput(id + "Arn", "ARN of the " + what, getAtt(id, "Arn")));
        };
    }

    private static Object apiUrl(Service api, String id) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("ApiId", ref(id));
        variables.put("Stage", api.properties().text("stageName"));
        return Intrinsics.sub("https://${ApiId}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}/", variables);
    }

    private static String kindWord(Service service) {
        return service.kind().displayName().replace("Step Functions state machine", "state machine");
    }
}
