package studio.serverless.runner.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.apigateway.ApiDefinition;
import studio.serverless.runner.apigateway.ApiRoute;
import studio.serverless.runner.apigateway.ApiType;
import studio.serverless.runner.apigateway.RouteIntegration;

class ApiDefinitionsTest {

    @Test
    void theCrudExamplesApiServesEachDrawnRouteWithItsFunction() throws Exception {
        List<ApiDefinition> apis = ApiDefinitions.of(DiagramFiles.load(Path.of("..", "examples",
                "crud-api.studio.json")));
        assertEquals(1, apis.size());
        ApiDefinition api = apis.get(0);
        assertEquals(ApiType.HTTP, api.type());
        assertEquals(5, api.routes().size());
        assertTrue(api.routes().contains(new ApiRoute("GET", "/items/{id}", "get-item")), api.routes().toString());
        assertTrue(api.routes().contains(new ApiRoute("POST", "/items", "create-item")), api.routes().toString());
    }

    @Test
    void theOrderWorkflowsRouteStartsItsExpressStateMachineSynchronouslyAndNothingIsLeftUnserved() throws Exception {
        Diagram diagram = DiagramFiles.load(Path.of("..", "examples", "order-workflow.studio.json"));

        List<ApiRoute> routes = ApiDefinitions.of(diagram).get(0).routes();

        assertEquals(List.of(new ApiRoute("POST", "/orders", new RouteIntegration.StartExecution(
                "arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow", true))), routes);
        assertEquals(List.of(), ApiDefinitions.unservedRoutes(diagram));
    }
}
