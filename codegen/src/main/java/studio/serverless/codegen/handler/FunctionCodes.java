package studio.serverless.codegen.handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.text.EnvironmentVariableNames;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/** Reads from a diagram the {@link FunctionCode} of each function: its calls, its triggers, its language. */
public final class FunctionCodes {

    /** The order triggers are handled in, by the connection type that gives them. */
    private static final List<ConnectionType> TRIGGER_ORDER = List.of(ConnectionType.API_INTEGRATION,
            ConnectionType.SQS_EVENT_SOURCE, ConnectionType.S3_NOTIFICATION, ConnectionType.SNS_SUBSCRIPTION,
            ConnectionType.DYNAMODB_STREAM, ConnectionType.KINESIS_STREAM, ConnectionType.EVENTBRIDGE_TARGET,
            ConnectionType.LAMBDA_INVOKE);

    private final Diagram diagram;
    private final FunctionLanguages languages;
    private final ResourceNames names;
    private final EnvironmentVariableNames variables;

    /** The codes of a diagram's functions in the languages chosen. */
    public FunctionCodes(Diagram diagram, FunctionLanguages languages) {
        this.diagram = diagram;
        this.languages = languages;
        this.names = ResourceNames.of(diagram);
        this.variables = EnvironmentVariableNames.of(diagram, names);
    }

    /** The code of every function, in diagram order. */
    public List<FunctionCode> all() {
        return diagram.services().stream().filter(service -> service.kind() == ServiceKind.LAMBDA_FUNCTION)
                .map(this::of).toList();
    }

    /** The code of one function. */
    public FunctionCode of(Service function) {
        List<AccessCall> calls = new ArrayList<>();
        variables.of(function).forEach((connection, variable) -> calls.add(AccessCalls.of(connection, variable,
                diagram.require(connection.target()))));
        return new FunctionCode(function.name(), names.folder(function.id()), languages.languageOf(function),
                languages.entryPointOf(function), calls, triggers(function), languages.notes(function));
    }

    private List<Trigger> triggers(Service function) {
        Map<String, Trigger> bySource = new LinkedHashMap<>();
        for (ConnectionType type : TRIGGER_ORDER) {
            for (Connection connection : diagram.connections()) {
                if (connection.type() == type && connection.target().equals(function.id())) {
                    Trigger trigger = trigger(connection);
                    bySource.merge(trigger.source(), trigger, (first, next) -> new Trigger(first.source(),
                            first.sourceName(), first.reportBatchItemFailures() || next.reportBatchItemFailures()));
                }
            }
        }
        return List.copyOf(bySource.values());
    }

    private Trigger trigger(Connection connection) {
        Service source = diagram.require(connection.source());
        String kind = switch (connection.type()) {
            case API_INTEGRATION -> source.properties().text("apiType").equals("REST") ? "rest-api" : "http-api";
            case SQS_EVENT_SOURCE -> "sqs";
            case S3_NOTIFICATION -> "s3";
            case SNS_SUBSCRIPTION -> "sns";
            case DYNAMODB_STREAM -> "dynamodb";
            case KINESIS_STREAM -> "kinesis";
            case EVENTBRIDGE_TARGET -> "eventbridge";
            default -> "stepfunctions";
        };
        boolean reportFailures = connection.type() == ConnectionType.SQS_EVENT_SOURCE
                && connection.properties().bool("reportBatchItemFailures");
        return new Trigger(kind, source.name(), reportFailures);
    }
}
