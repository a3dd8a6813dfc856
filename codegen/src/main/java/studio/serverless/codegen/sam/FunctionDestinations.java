package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.getAtt;
import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * Where a function's on-success, on-failure or dead-letter connection points, as SAM writes a destination:
 * {@code {Type: SQS|SNS|Lambda, Destination: <ARN>}}. Asynchronous invocations and stream event sources both use
 * it (a stream's failed batches go to the function's on-failure destination).
 */
final class FunctionDestinations {

    private final SamContext context;

    FunctionDestinations(SamContext context) {
        this.context = context;
    }

    /** The destination of the function's first connection of {@code type}, if it has one. */
    Optional<Map<String, Object>> of(ServiceId function, ConnectionType type) {
        List<Connection> connections = context.outgoing(function, type);
        if (connections.isEmpty()) {
            return Optional.empty();
        }
        Service target = context.service(connections.get(0).target());
        String targetId = context.logicalId(target.id());
        ServiceKind kind = target.kind();
        Object arn = kind == ServiceKind.SNS_TOPIC ? ref(targetId) : getAtt(targetId, "Arn");
        String destinationType = switch (kind) {
            case SQS_QUEUE -> "SQS";
            case SNS_TOPIC -> "SNS";
            default -> "Lambda";
        };
        return Optional.of(DataResources.ordered("Type", destinationType, "Destination", arn));
    }
}
