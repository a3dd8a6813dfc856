package studio.serverless.app.desktop.run.test;

import java.util.List;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Puts one event on a bus that the diagram's rules listen on: source, detail-type and detail (JSON), starting
 * from what the first rule's pattern matches, so the first send reaches its targets.
 */
final class BusAction implements EntryAction {

    private final String bus;
    private final EventPatternSample sample;
    private final CloudClients clients;

    BusAction(String bus, EventPatternSample sample, CloudClients clients) {
        this.bus = bus;
        this.sample = sample;
        this.clients = clients;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.BUS;
    }

    @Override
    public String name() {
        return bus;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.of("source", "Source", FieldKind.LINE, sample.source()),
                FormField.of("detailType", "Detail type", FieldKind.LINE, sample.detailType()),
                FormField.of("detail", "Detail (JSON)", FieldKind.JSON, "{}"));
    }

    @Override
    public ActionResult perform(FormValues values) {
        PutEventsResponse response = clients.events().putEvents(b -> b.entries(entry -> entry.eventBusName(bus)
                .source(values.text("source").strip()).detailType(values.text("detailType").strip())
                .detail(values.text("detail"))));
        PutEventsResultEntry entry = response.entries().get(0);
        if (entry.errorCode() != null) {
            return ActionResult.failed("The event was refused: " + entry.errorCode(),
                    new ResultSection("Error", entry.errorCode() + ": " + entry.errorMessage()));
        }
        return ActionResult.ok("Put event " + entry.eventId() + " on " + bus,
                new ResultSection("Event id", entry.eventId()));
    }
}
