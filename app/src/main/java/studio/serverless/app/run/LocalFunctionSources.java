package studio.serverless.app.run;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import studio.serverless.codegen.text.EnvironmentVariableNames;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.provision.FunctionSource;
import studio.serverless.runner.provision.FunctionSources;

/**
 * Each function's code folder in the {@link HandlerProject} and the variables the generator gives it (the same
 * names as in {@code template.yaml}), valued for the local cloud: table, bucket and stream names, queue URLs on
 * the local endpoint, topic and state machine ARNs in the local region and account.
 */
public final class LocalFunctionSources implements FunctionSources {

    private final HandlerProject project;
    private final EnvironmentVariableNames variables;
    private final URI endpoint;

    /** Sources for {@code project}'s functions, calling the local cloud at {@code endpoint}. */
    public LocalFunctionSources(HandlerProject project, URI endpoint) {
        this.project = project;
        Diagram diagram = project.diagram();
        this.variables = EnvironmentVariableNames.of(diagram, ResourceNames.of(diagram));
        this.endpoint = endpoint;
    }

    @Override
    public FunctionSource of(Service function) {
        Map<String, String> environment = new TreeMap<>();
        variables.of(function).forEach((connection, name) -> environment.put(name, value(connection)));
        return new FunctionSource(project.codeFolder(function), environment);
    }

    private String value(Connection connection) {
        Service target = project.diagram().require(connection.target());
        String scope = LocalCloud.DEFAULT_REGION + ":" + CallerIdentity.ACCOUNT_ID + ":";
        return switch (connection.type()) {
            case SQS_SEND -> endpoint.resolve("/" + CallerIdentity.ACCOUNT_ID + "/" + target.name()).toString();
            case SNS_PUBLISH -> "arn:aws:sns:" + scope + target.name();
            case STATES_START -> "arn:aws:states:" + scope + "stateMachine:" + target.name();
            default -> target.name();
        };
    }
}
