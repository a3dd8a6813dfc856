package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;

/**
 * Creates every resource a diagram holds in a running local cloud, under the diagram's names, so its clients
 * find them as they would on AWS. Provisioning again is harmless: existing resources with the same settings
 * are kept.
 */
public final class DiagramProvisioner {

    private final List<ResourceProvisioner> provisioners;
    private final List<String> problems;

    private DiagramProvisioner(List<ResourceProvisioner> provisioners, List<String> problems) {
        this.provisioners = List.copyOf(provisioners);
        this.problems = problems;
    }

    /**
     * A provisioner creating resources in {@code cloud}, in its default region and account; functions are not
     * registered (their subscriptions and targets are made all the same, and deliveries to them are dropped).
     */
    public static DiagramProvisioner forCloud(LocalCloud cloud) {
        List<String> problems = new ArrayList<>();
        return new DiagramProvisioner(resources(cloud, problems), problems);
    }

    /** A provisioner that also registers the diagram's functions, first, with code from {@code sources}. */
    public static DiagramProvisioner forCloud(LocalCloud cloud, FunctionSources sources) {
        List<String> problems = new ArrayList<>();
        List<ResourceProvisioner> provisioners = new ArrayList<>();
        provisioners.add(new FunctionProvisioner(cloud.lambda(), sources));
        provisioners.addAll(resources(cloud, problems));
        provisioners.add(new MappingProvisioner(cloud.eventSourceMappings(), cloud.dynamoDb(), cloud.kinesis()));
        return new DiagramProvisioner(provisioners, problems);
    }

    private static List<ResourceProvisioner> resources(LocalCloud cloud, List<String> problems) {
        String endpoint = cloud.endpoint().toString();
        LocalSubstitutions substitutions = new LocalSubstitutions(LocalCloud.DEFAULT_REGION,
                CallerIdentity.ACCOUNT_ID, endpoint);
        return List.of(
                new QueueProvisioner(cloud.sqs(), LocalCloud.DEFAULT_REGION, CallerIdentity.ACCOUNT_ID, endpoint),
                new TableProvisioner(cloud.dynamoDb()),
                new BucketProvisioner(cloud.s3(), LocalCloud.DEFAULT_REGION, cloud.lambda()),
                new TopicProvisioner(cloud.sns(), cloud.sqs(), cloud.lambda()),
                new RuleProvisioner(cloud.events(), cloud.sqs(), cloud.lambda()),
                new StreamProvisioner(cloud.kinesis()),
                new StateMachineProvisioner(cloud.stepFunctions(), substitutions, CallerIdentity.ACCOUNT_ID,
                        problems::add));
    }

    /**
     * Creates the diagram's resources.
     *
     * @return what was created, in the order of the provisioners (functions when sources were given, queues,
     *         tables, buckets, topics with their queue and function subscriptions, rules with their queue, function
     *         and state machine targets, Kinesis streams, state machines, then SQS, DynamoDB stream and Kinesis
     *         event source mappings); what could not be created is in {@link #problems()}
     * @throws RuntimeException an engine's AWS-shaped exception when the diagram holds a resource AWS would
     *                          refuse (validation reports these first)
     */
    public List<ProvisionedResource> provision(Diagram diagram) {
        problems.clear();
        List<ProvisionedResource> created = new ArrayList<>();
        for (ResourceProvisioner provisioner : provisioners) {
            created.addAll(provisioner.provision(diagram));
        }
        return created;
    }

    /**
     * What the last {@link #provision(Diagram)} could not create and why (a state machine whose definition the
     * local service refuses), one sentence each naming the service; the rest was created all the same.
     */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
