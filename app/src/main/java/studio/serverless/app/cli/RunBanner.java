package studio.serverless.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import studio.serverless.app.run.HandlerProject;
import studio.serverless.runner.apigateway.ApiGatewayListener;
import studio.serverless.runner.apigateway.ApiRoute;
import studio.serverless.runner.apigateway.ApiGateways;
import studio.serverless.runner.apigateway.RouteIntegration;
import studio.serverless.runner.provision.ProvisionedResource;

/** What {@code studio run} prints once the local cloud is up: where it is, what it holds, how to call it. */
final class RunBanner {

    private RunBanner() {
    }

    /** Where the local cloud is, what it holds (state machines with their ARNs) and what it could not create. */
    static void print(PrintWriter out, Path file, URI endpoint, List<ProvisionedResource> resources,
            List<String> problems) {
        out.println("Local cloud for " + file + " at " + endpoint);
        for (ProvisionedResource resource : resources) {
            out.printf("  %-16s %-32s %s%n", resource.kind().id(), resource.name(), resource.address());
        }
        problems.forEach(problem -> out.println("  not created: " + problem));
        out.println("Point your AWS SDK or CLI at it (any credentials work):");
        // older SDKs and the AWS CLI v1 read AWS_DEFAULT_REGION only
        out.println("  export AWS_ENDPOINT_URL=" + endpoint + " AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1"
                + " AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local");
        out.flush();
    }

    /** The functions' code folder, the APIs' URLs and routes, and what is not run; then how to stop. */
    static void printFunctions(PrintWriter out, HandlerProject project, ApiGateways apis, List<String> unserved) {
        out.println("Handlers run from " + project.folder() + " (an edit is picked up at the next invocation;"
                + " edited files are kept)");
        project.keptFiles().forEach(kept -> out.println("  kept your edited " + kept));
        for (ApiGatewayListener api : apis.listeners()) {
            out.println("API " + api.api().name() + " (" + api.api().type() + ") at " + api.uri());
            api.api().routes().forEach(route -> out.println("  " + route.routeKey() + " -> " + target(route)));
        }
        unserved.forEach(route -> out.println("  not served yet: " + route));
        out.println("Type help and press Enter for commands (fire a schedule now, advance the clock);"
                + " press Ctrl+C to stop.");
        out.flush();
    }

    private static String target(ApiRoute route) {
        return route.integration() instanceof RouteIntegration.StartExecution start
                ? start.action() + " of " + start.stateMachineArn() : route.integration().target();
    }
}
