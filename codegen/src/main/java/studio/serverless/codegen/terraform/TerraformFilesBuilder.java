package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import studio.serverless.codegen.GenerationException;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;

/**
 * Builds the block files of a diagram's Terraform configuration from the builders of each kind of service, in
 * diagram order, and refuses two blocks with the same address (two services whose names differ only in
 * punctuation would otherwise overwrite each other).
 */
final class TerraformFilesBuilder {

    private final TerraformContext context;

    TerraformFilesBuilder(TerraformContext context) {
        this.context = context;
    }

    List<TerraformFile> build() {
        List<TerraformFile> files = List.of(
                new TerraformFile("functions.tf", "Lambda functions: code packages, roles, policies, triggers.",
                        functions()),
                new TerraformFile("resources.tf", "Tables, queues, topics, buckets and streams.", resources()),
                new TerraformFile("events.tf", "Bucket notifications, subscriptions, queue policies and rules.",
                        events()),
                new TerraformFile("apis.tf", "API Gateway HTTP and REST APIs.", apis()),
                new TerraformFile("statemachines.tf", "Step Functions state machines.", stateMachines()),
                new TerraformFile("outputs.tf", "What the configuration tells you after terraform apply.",
                        outputs()));
        requireUniqueAddresses(files);
        return files.stream().filter(file -> !file.blocks().isEmpty() || file.name().equals("outputs.tf")).toList();
    }

    private List<HclBlock> functions() {
        FunctionBlocks functions = new FunctionBlocks(context);
        TriggerBlocks triggers = new TriggerBlocks(context);
        List<HclBlock> blocks = new ArrayList<>();
        for (Service function : context.services(ServiceKind.LAMBDA_FUNCTION)) {
            blocks.addAll(functions.of(function));
            blocks.addAll(triggers.of(function));
        }
        return blocks;
    }

    private List<HclBlock> resources() {
        DataBlocks data = new DataBlocks(context);
        List<HclBlock> blocks = new ArrayList<>();
        context.services(ServiceKind.DYNAMODB_TABLE).forEach(table -> blocks.add(data.table(table)));
        context.services(ServiceKind.SQS_QUEUE).forEach(queue -> blocks.add(data.queue(queue)));
        context.services(ServiceKind.SNS_TOPIC).forEach(topic -> blocks.add(data.topic(topic)));
        context.services(ServiceKind.S3_BUCKET).forEach(bucket -> blocks.addAll(data.bucket(bucket)));
        context.services(ServiceKind.KINESIS_STREAM).forEach(stream -> blocks.add(data.stream(stream)));
        return blocks;
    }

    private List<HclBlock> events() {
        MessagingBlocks messaging = new MessagingBlocks(context);
        List<HclBlock> blocks = new ArrayList<>();
        context.services(ServiceKind.S3_BUCKET)
                .forEach(bucket -> messaging.bucketNotification(bucket).ifPresent(blocks::add));
        for (Service topic : context.services(ServiceKind.SNS_TOPIC)) {
            context.outgoing(topic.id(), ConnectionType.SNS_SUBSCRIPTION)
                    .forEach(subscription -> blocks.add(messaging.subscription(subscription)));
        }
        context.services(ServiceKind.SQS_QUEUE).forEach(queue -> messaging.queuePolicy(queue).ifPresent(blocks::add));
        RuleBlocks rules = new RuleBlocks(context);
        context.services(ServiceKind.EVENTBRIDGE_RULE).forEach(rule -> blocks.addAll(rules.of(rule)));
        return blocks;
    }

    private List<HclBlock> apis() {
        List<HclBlock> blocks = new ArrayList<>();
        for (Service api : context.services(ServiceKind.API_GATEWAY)) {
            blocks.addAll(TerraformContext.isRest(api) ? new RestApiBlocks(context).of(api)
                    : new HttpApiBlocks(context).of(api));
        }
        return blocks;
    }

    private List<HclBlock> stateMachines() {
        StateMachineBlocks machines = new StateMachineBlocks(context);
        List<HclBlock> blocks = new ArrayList<>();
        context.services(ServiceKind.STEP_FUNCTIONS).forEach(machine -> blocks.addAll(machines.of(machine)));
        return blocks;
    }

    private List<HclBlock> outputs() {
        TerraformOutputs outputs = new TerraformOutputs(context);
        List<HclBlock> blocks = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            context.services(kind).forEach(service -> blocks.addAll(outputs.of(service)));
        }
        return blocks;
    }

    private static void requireUniqueAddresses(List<TerraformFile> files) {
        Set<String> addresses = new HashSet<>();
        for (TerraformFile file : files) {
            for (Object item : file.blocks()) {
                HclBlock block = (HclBlock) item;
                String address = block.type() + " " + String.join(".", block.labels());
                if (!addresses.add(address)) {
                    throw new GenerationException("two Terraform blocks would be " + address
                            + "; rename one of the services (or routes) whose names differ only in punctuation");
                }
            }
        }
    }
}
