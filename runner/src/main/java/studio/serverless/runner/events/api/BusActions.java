package studio.serverless.runner.events.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import studio.serverless.runner.events.engine.EventBus;

/** CreateEventBus, DeleteEventBus, DescribeEventBus and ListEventBuses. */
final class BusActions {

    private BusActions() {
    }

    static List<EventsAction> all() {
        return List.of(EventsAction.of("CreateEventBus", (input, engine) -> EventsAction.empty().put("EventBusArn",
                        engine.createEventBus(input.required("Name"), input.string("Description"),
                                TagActions.tags(input)).arn())),
                EventsAction.of("DeleteEventBus", (input, engine) -> {
                    engine.deleteEventBus(input.required("Name"));
                    return EventsAction.empty();
                }),
                EventsAction.of("DescribeEventBus", (input, engine) -> describe(engine.eventBus(input.string("Name")))),
                EventsAction.of("ListEventBuses", (input, engine) -> {
                    ObjectNode result = EventsAction.empty();
                    ArrayNode buses = result.putArray("EventBuses");
                    engine.eventBuses(input.string("NamePrefix")).forEach(bus -> buses.add(describe(bus)));
                    return result;
                }));
    }

    private static ObjectNode describe(EventBus bus) {
        ObjectNode node = EventsAction.empty().put("Name", bus.name()).put("Arn", bus.arn());
        if (bus.description() != null) {
            node.put("Description", bus.description());
        }
        double created = bus.creationTime().toEpochMilli() / 1000.0;
        return node.put("CreationTime", created).put("LastModifiedTime", created);
    }
}
