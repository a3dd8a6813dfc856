package studio.serverless.model.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * The services of a generated diagram, in proportions seen in real serverless applications: many functions, a
 * fair number of queues and tables, fewer APIs, streams and workflows. Laid out on a grid with the designer's
 * spacing.
 */
final class ServiceMix {

    /** Services of each kind per thousand; the rest of any rounding goes to functions. */
    private static final Map<ServiceKind, Integer> PER_THOUSAND = perThousand();
    private static final List<Integer> MEMORY_SIZES = List.of(256, 512, 1024);
    private static final List<Integer> TIMEOUTS = List.of(10, 20, 29);
    private static final int COLUMNS = 40;

    private ServiceMix() {
    }

    /** How many services of each kind a diagram of {@code total} services holds; the counts add up to it. */
    static Map<ServiceKind, Integer> counts(int total) {
        Map<ServiceKind, Integer> counts = new EnumMap<>(ServiceKind.class);
        int assigned = 0;
        for (Map.Entry<ServiceKind, Integer> share : PER_THOUSAND.entrySet()) {
            int count = total * share.getValue() / 1000;
            counts.put(share.getKey(), count);
            assigned += count;
        }
        counts.merge(ServiceKind.LAMBDA_FUNCTION, total - assigned, Integer::sum);
        return counts;
    }

    /** The services of a diagram of {@code total} services, kind by kind, with ids and names unique. */
    static List<Service> create(int total, Random random) {
        List<Service> services = new ArrayList<>(total);
        for (Map.Entry<ServiceKind, Integer> entry : counts(total).entrySet()) {
            ServiceKind kind = entry.getKey();
            String baseName = ServiceCatalog.standard().service(kind).defaultName();
            for (int number = 1; number <= entry.getValue(); number++) {
                Point position = gridPosition(services.size());
                Service service = Service.create(new ServiceId(kind.id() + "-" + number), kind,
                        baseName + "-" + number, position);
                services.add(vary(service, random));
            }
        }
        return services;
    }

    private static Service vary(Service service, Random random) {
        return switch (service.kind()) {
            case LAMBDA_FUNCTION -> service
                    .withProperty("memorySize", MEMORY_SIZES.get(random.nextInt(MEMORY_SIZES.size())))
                    .withProperty("timeout", TIMEOUTS.get(random.nextInt(TIMEOUTS.size())));
            case SQS_QUEUE -> service.withProperty("visibilityTimeout", 180);
            case API_GATEWAY -> service.withProperty("routes", List.of());
            default -> service;
        };
    }

    private static Point gridPosition(int index) {
        return new Point(40 + 220 * (index % COLUMNS), 40 + 140 * (index / COLUMNS));
    }

    private static Map<ServiceKind, Integer> perThousand() {
        Map<ServiceKind, Integer> shares = new LinkedHashMap<>();
        shares.put(ServiceKind.LAMBDA_FUNCTION, 400);
        shares.put(ServiceKind.SQS_QUEUE, 120);
        shares.put(ServiceKind.DYNAMODB_TABLE, 120);
        shares.put(ServiceKind.S3_BUCKET, 80);
        shares.put(ServiceKind.API_GATEWAY, 60);
        shares.put(ServiceKind.SNS_TOPIC, 60);
        shares.put(ServiceKind.EVENTBRIDGE_RULE, 60);
        shares.put(ServiceKind.STEP_FUNCTIONS, 50);
        shares.put(ServiceKind.KINESIS_STREAM, 50);
        return shares;
    }
}
