package studio.serverless.runner.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.stepfunctions.service.StateMachineEntry;

/**
 * A diagram's state machines appear in the local Step Functions service with the definition the infrastructure
 * targets deploy, their variables naming the local resources.
 */
class StateMachineProvisionerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MACHINE_ARN = "arn:aws:states:us-east-1:000000000000:stateMachine:";

    private final LocalCloud cloud = LocalCloud.start(0);

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void theOrderWorkflowIsCreatedWithItsDrawnDefinitionAndType() throws Exception {
        Diagram diagram = DiagramFiles.load(Path.of("..", "examples", "order-workflow.studio.json"));

        List<ProvisionedResource> created = DiagramProvisioner.forCloud(cloud).provision(diagram);

        assertTrue(created.contains(new ProvisionedResource(ServiceKind.STEP_FUNCTIONS, "order-workflow",
                MACHINE_ARN + "order-workflow")), created.toString());
        StateMachineEntry machine = cloud.stepFunctions().machine(MACHINE_ARN + "order-workflow");
        assertEquals("EXPRESS", machine.type());
        String drawn = diagram.services().stream().filter(s -> s.kind() == ServiceKind.STEP_FUNCTIONS).findFirst()
                .orElseThrow().properties().text("definition");
        assertEquals(JSON.readTree(drawn), JSON.readTree(machine.definition()));
    }

    @Test
    void aMachineDrawnWithoutADefinitionRunsItsConnectedStepsWithLocalNamesArnsAndUrls() throws Exception {
        Diagram diagram = new Diagram();
        Service machine = add(diagram, "m1", ServiceKind.STEP_FUNCTIONS, "checkout");
        connect(diagram, machine, add(diagram, "f1", ServiceKind.LAMBDA_FUNCTION, "charge"),
                ConnectionType.LAMBDA_INVOKE);
        connect(diagram, machine, add(diagram, "t1", ServiceKind.DYNAMODB_TABLE, "orders"),
                ConnectionType.DYNAMODB_ACCESS);
        connect(diagram, machine, add(diagram, "q1", ServiceKind.SQS_QUEUE, "shipping"), ConnectionType.SQS_SEND);
        connect(diagram, machine, add(diagram, "s1", ServiceKind.SNS_TOPIC, "receipts"), ConnectionType.SNS_PUBLISH);

        DiagramProvisioner.forCloud(cloud).provision(diagram);

        JsonNode states = JSON.readTree(cloud.stepFunctions().machine(MACHINE_ARN + "checkout").definition())
                .get("States");
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:charge",
                states.get("InvokeChargeFunction").at("/Parameters/FunctionName").asText());
        assertEquals("orders", states.get("PutOrdersTable").at("/Parameters/TableName").asText());
        assertEquals(cloud.endpoint() + "/000000000000/shipping",
                states.get("SendShippingQueue").at("/Parameters/QueueUrl").asText());
        assertEquals("arn:aws:sns:us-east-1:000000000000:receipts",
                states.get("PublishReceiptsTopic").at("/Parameters/TopicArn").asText());
    }

    @Test
    void aDrawnDefinitionsVariablesGetTheLocalValuesAsSamsSubstitutionsWould() {
        Diagram diagram = new Diagram();
        Service machine = add(diagram, "m1", ServiceKind.STEP_FUNCTIONS, "greeter").withProperty("definition",
                "{\"StartAt\":\"Greet\",\"States\":{\"Greet\":{\"Type\":\"Task\",\"Resource\":"
                        + "\"${GreetFunctionArn}\",\"Comment\":\"${Unknown} stays\",\"End\":true}}}");
        diagram.replaceService(machine);
        connect(diagram, machine, add(diagram, "f1", ServiceKind.LAMBDA_FUNCTION, "greet"),
                ConnectionType.LAMBDA_INVOKE);

        DiagramProvisioner.forCloud(cloud).provision(diagram);

        String definition = cloud.stepFunctions().machine(MACHINE_ARN + "greeter").definition();
        assertTrue(definition.contains("\"Resource\":\"arn:aws:lambda:us-east-1:000000000000:function:greet\""),
                definition);
        assertTrue(definition.contains("${Unknown} stays"), definition);
    }

    @Test
    void aChangedDefinitionUpdatesTheMachineWhenProvisionedAgain() {
        Diagram diagram = new Diagram();
        Service machine = add(diagram, "m1", ServiceKind.STEP_FUNCTIONS, "flow")
                .withProperty("definition", passing("First"));
        diagram.replaceService(machine);
        DiagramProvisioner.forCloud(cloud).provision(diagram);

        diagram.replaceService(machine.withProperty("definition", passing("Second")));
        List<ProvisionedResource> again = DiagramProvisioner.forCloud(cloud).provision(diagram);

        assertEquals(List.of(new ProvisionedResource(ServiceKind.STEP_FUNCTIONS, "flow", MACHINE_ARN + "flow")),
                again);
        assertTrue(cloud.stepFunctions().machine(MACHINE_ARN + "flow").definition().contains("Second"));
    }

    @Test
    void anInvalidDefinitionIsReportedNamingTheServiceAndTheRestIsStillCreated() {
        Diagram diagram = new Diagram();
        diagram.replaceService(add(diagram, "m1", ServiceKind.STEP_FUNCTIONS, "broken")
                .withProperty("definition", "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}"));
        add(diagram, "q1", ServiceKind.SQS_QUEUE, "still-here");
        DiagramProvisioner provisioner = DiagramProvisioner.forCloud(cloud);

        List<ProvisionedResource> created = provisioner.provision(diagram);

        assertEquals(List.of("still-here"), created.stream().map(ProvisionedResource::name).toList());
        assertEquals(1, provisioner.problems().size());
        String problem = provisioner.problems().get(0);
        assertTrue(problem.startsWith("state machine broken was not created: "), problem);
        assertTrue(problem.contains("State 'A', field 'Next'"), problem);
        assertTrue(cloud.stepFunctions().machines().isEmpty());
    }

    private static String passing(String state) {
        return "{\"StartAt\":\"" + state + "\",\"States\":{\"" + state + "\":{\"Type\":\"Pass\",\"End\":true}}}";
    }

    private static Service add(Diagram diagram, String id, ServiceKind kind, String name) {
        Service service = Service.create(new ServiceId(id), kind, name, Point.ORIGIN);
        diagram.addService(service);
        return service;
    }

    private static void connect(Diagram diagram, Service source, Service target, ConnectionType type) {
        diagram.addConnection(new Connection(new ConnectionId("c" + diagram.connections().size()), type,
                source.id(), target.id(), PropertyValues.empty()));
    }
}
