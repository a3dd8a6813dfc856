package studio.serverless.codegen.terraform;

import java.util.List;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.diagram.Service;

/** The outputs: each API's URL and the names, URLs and ARNs of the other resources, as the SAM target's Outputs. */
final class TerraformOutputs {

    private final TerraformContext context;

    TerraformOutputs(TerraformContext context) {
        this.context = context;
    }

    /** The outputs of one service. */
    List<HclBlock> of(Service service) {
        String name = context.name(service.id());
        String what = service.kind().displayName().replace("Step Functions state machine", "state machine") + " '"
                + service.name() + "'";
        return switch (service.kind()) {
            case API_GATEWAY -> List.of(output(name + "_url", "URL of the " + what, HclExpression.reference(
                    TerraformContext.isRest(service) ? "aws_api_gateway_stage" : "aws_apigatewayv2_stage", name,
                    "invoke_url")));
            case LAMBDA_FUNCTION, STEP_FUNCTIONS -> List.of(arn(service, what));
            case SQS_QUEUE -> List.of(output(name + "_url", "URL of the " + what, context.ref(service.id(), "url")),
                    arn(service, what));
            case SNS_TOPIC -> List.of(arn(service, what),
                    output(name + "_name", "Name of the " + what, context.ref(service.id(), "name")));
            case S3_BUCKET -> List.of(output(name + "_name", "Name of the " + what,
                    context.ref(service.id(), "bucket")), arn(service, what));
            case EVENTBRIDGE_RULE -> List.of();
            default -> List.of(output(name + "_name", "Name of the " + what, context.ref(service.id(), "name")),
                    arn(service, what));
        };
    }

    private HclBlock arn(Service service, String what) {
        return output(context.name(service.id()) + "_arn", "ARN of the " + what, context.ref(service.id(), "arn"));
    }

    private static HclBlock output(String name, String description, HclExpression value) {
        return HclBlock.of("output", name).set("description", description).set("value", value);
    }
}
