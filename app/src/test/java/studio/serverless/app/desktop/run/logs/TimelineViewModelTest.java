package studio.serverless.app.desktop.run.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.activity.Activity;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceRef;

class TimelineViewModelTest {

    private static final Instant AT = Instant.parse("2026-11-29T10:00:00.123Z");
    private static final Activity DELIVERY = new Activity(AT, ActivityKind.DELIVERY, ResourceRef.queue("orders"),
            Optional.of(ResourceRef.function("save")), "1 message", Optional.empty());
    private static final Activity FAILED_PUT = new Activity(AT.plusMillis(5), ActivityKind.SERVICE_CALL,
            ResourceRef.function("save"), Optional.of(ResourceRef.table("orders, archived")), "PutItem \"x\"",
            Optional.of("ValidationException: bad key"));
    private static final Activity ENDED = new Activity(AT.plusMillis(9), ActivityKind.INVOCATION_END,
            ResourceRef.function("save"), Optional.empty(), "took 9 ms", Optional.empty());

    private final TimelineViewModel timeline = new TimelineViewModel(100);

    @Test
    void filteringByTextAndFailuresNarrowsTheRows() {
        List.of(DELIVERY, FAILED_PUT, ENDED).forEach(timeline::accept);
        timeline.drainPending();

        timeline.filterTextProperty().set("dynamodb table");
        assertEquals(List.of(FAILED_PUT), timeline.shownRows());
        timeline.filterTextProperty().set("");
        timeline.failuresOnlyProperty().set(true);
        assertEquals(List.of(FAILED_PUT), timeline.shownRows());
        timeline.failuresOnlyProperty().set(false);
        assertEquals(3, timeline.shownRows().size());
    }

    @Test
    void csvExportQuotesWhatNeedsQuotingAndKeepsTheShownRowsOnly() throws IOException {
        List.of(DELIVERY, FAILED_PUT).forEach(timeline::accept);
        timeline.drainPending();
        StringWriter out = new StringWriter();

        timeline.export(TimelineFormat.CSV, out);

        assertEquals("time,kind,from_kind,from,to_kind,to,summary,error\r\n"
                + "2026-11-29T10:00:00.123Z,DELIVERY,sqs,orders,lambda,save,1 message,\r\n"
                + "2026-11-29T10:00:00.128Z,SERVICE_CALL,lambda,save,dynamodb,\"orders, archived\","
                + "\"PutItem \"\"x\"\"\",ValidationException: bad key\r\n", out.toString());
    }

    @Test
    void jsonLinesExportWritesOneObjectPerActivity() throws IOException {
        List.of(DELIVERY, ENDED).forEach(timeline::accept);
        timeline.drainPending();
        StringWriter out = new StringWriter();

        timeline.export(TimelineFormat.JSON_LINES, out);

        assertEquals("{\"at\":\"2026-11-29T10:00:00.123Z\",\"kind\":\"DELIVERY\",\"from\":{\"kind\":\"sqs\","
                + "\"name\":\"orders\"},\"to\":{\"kind\":\"lambda\",\"name\":\"save\"},\"summary\":\"1 message\"}\n"
                + "{\"at\":\"2026-11-29T10:00:00.132Z\",\"kind\":\"INVOCATION_END\",\"from\":{\"kind\":\"lambda\","
                + "\"name\":\"save\"},\"summary\":\"took 9 ms\"}\n", out.toString());
    }

    @Test
    void theColumnsReadAsSentences() {
        assertEquals("Lambda function save", TimelineColumns.resource(FAILED_PUT.from()));
        assertEquals("DynamoDB table orders, archived", TimelineColumns.to(FAILED_PUT));
        assertEquals("service call: PutItem \"x\"", TimelineColumns.what(FAILED_PUT));
        assertEquals(new ResourceRef(ServiceKind.SQS_QUEUE, "orders"), DELIVERY.from());
    }
}
