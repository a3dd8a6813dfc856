package studio.serverless.model.naming;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * The names generated files give a diagram's services: CloudFormation logical ids ({@code OrdersTable}: the
 * letters and digits of the name in PascalCase plus the kind, unless it already ends so, so a queue and a table
 * may share a name) and folder names ({@code orders}). Both are unique within a diagram; collisions are numbered in the order of
 * service ids, so a name only changes when the services it collides with change. Only ASCII letters and digits
 * (and {@code -}, {@code _} in folders) survive: no diagram text can inject anything through a name.
 */
public final class ResourceNames {

    private static final int MAX_BASE_LENGTH = 64;

    private final Map<ServiceId, String> logicalIds;
    private final Map<ServiceId, String> folders;

    private ResourceNames(Map<ServiceId, String> logicalIds, Map<ServiceId, String> folders) {
        this.logicalIds = logicalIds;
        this.folders = folders;
    }

    /** The names of every service of a diagram. */
    public static ResourceNames of(Diagram diagram) {
        List<Service> byId = diagram.services().stream()
                .sorted(Comparator.comparing(service -> service.id().value())).toList();
        return new ResourceNames(
                unique(byId, service -> pascalCase(service.name()), ResourceNames::logicalIdOf),
                unique(byId, service -> slug(service.name()), ResourceNames::folderOf));
    }

    /** The CloudFormation logical id of a service, e.g. {@code OrdersTable}. */
    public String logicalId(ServiceId id) {
        return require(logicalIds, id);
    }

    /** The folder (or file) name of a service's own generated files, e.g. {@code validate-order}. */
    public String folder(ServiceId id) {
        return require(folders, id);
    }

    /** The ASCII letters and digits of a text in PascalCase: {@code "order-status changes"} gives {@code OrderStatusChanges}. */
    public static String pascalCase(String text) {
        StringBuilder result = new StringBuilder();
        for (String part : text.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                result.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return truncate(result.toString());
    }

    /** The ASCII letters and digits of a text in UPPER_SNAKE_CASE: {@code "orders-v2"} gives {@code ORDERS_V2}. */
    public static String upperSnake(String text) {
        String snake = text.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return truncate(snake.toUpperCase(Locale.ROOT));
    }

    /** A lowercase folder-safe form of a text: letters, digits, {@code -} and {@code _}. */
    public static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", "");
        return truncate(slug);
    }

    /** The word a kind adds to a logical id, e.g. {@code Table}. */
    public static String kindSuffix(ServiceKind kind) {
        return switch (kind) {
            case LAMBDA_FUNCTION -> "Function";
            case API_GATEWAY -> "Api";
            case SQS_QUEUE -> "Queue";
            case DYNAMODB_TABLE -> "Table";
            case S3_BUCKET -> "Bucket";
            case STEP_FUNCTIONS -> "StateMachine";
            case SNS_TOPIC -> "Topic";
            case EVENTBRIDGE_RULE -> "Rule";
            case KINESIS_STREAM -> "Stream";
        };
    }

    private static String logicalIdOf(Service service, String base, int number) {
        String start = base.isEmpty() ? pascalCase(service.id().value()) : base;
        String prefixed = Character.isDigit(start.charAt(0)) ? "R" + start : start;
        String suffix = kindSuffix(service.kind());
        if (number == 1 && prefixed.endsWith(suffix) && prefixed.length() > suffix.length()) {
            return prefixed;
        }
        return prefixed + (number == 1 ? "" : String.valueOf(number)) + suffix;
    }

    private static String folderOf(Service service, String base, int number) {
        String start = base.isEmpty() ? slug(service.id().value()) : base;
        return number == 1 ? start : start + "-" + number;
    }

    private static Map<ServiceId, String> unique(List<Service> services, Function<Service, String> base,
                                                 NameMaker maker) {
        Map<ServiceId, String> names = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Service service : services) {
            String baseName = base.apply(service);
            int number = 1;
            while (!taken.add(maker.make(service, baseName, number).toLowerCase(Locale.ROOT))) {
                number++;
            }
            names.put(service.id(), maker.make(service, baseName, number));
        }
        return Map.copyOf(names);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_BASE_LENGTH ? text : text.substring(0, MAX_BASE_LENGTH);
    }

    private static String require(Map<ServiceId, String> names, ServiceId id) {
        String name = names.get(id);
        if (name == null) {
            throw new IllegalArgumentException("no service " + id + " in the diagram these names were made for");
        }
        return name;
    }

    /** Makes the candidate name of a service from its base name and a collision number (1 for none). */
    @FunctionalInterface
    private interface NameMaker {
        String make(Service service, String base, int number);
    }
}
