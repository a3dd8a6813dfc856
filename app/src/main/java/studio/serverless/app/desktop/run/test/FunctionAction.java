package studio.serverless.app.desktop.run.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * Invokes a function synchronously with an editable event, starting from the sample event of one of its triggers
 * (choosing another sample replaces the event); shows the response payload, the function error if any and the
 * tail of the invocation's log.
 */
final class FunctionAction implements EntryAction {

    private final String function;
    private final List<SampleEvent> samples;
    private final CloudClients clients;

    FunctionAction(String function, List<SampleEvent> samples, CloudClients clients) {
        this.function = function;
        this.samples = List.copyOf(samples);
        this.clients = clients;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.FUNCTION;
    }

    @Override
    public String name() {
        return function;
    }

    /** The samples offered, the first one shown at the start. */
    List<SampleEvent> samples() {
        return samples;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.choice("sample", "Sample event", samples.stream().map(SampleEvent::label).toList()),
                FormField.of("event", "Event (JSON)", FieldKind.JSON, samples.get(0).json()));
    }

    @Override
    public Map<String, String> onChoice(String key, String value) {
        return samples.stream().filter(sample -> key.equals("sample") && sample.label().equals(value)).findFirst()
                .map(sample -> Map.of("event", sample.json())).orElse(Map.of());
    }

    @Override
    public ActionResult perform(FormValues values) {
        InvokeResponse response = clients.lambda().invoke(b -> b.functionName(function)
                .invocationType(InvocationType.REQUEST_RESPONSE).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String(values.text("event"))));
        List<ResultSection> sections = new ArrayList<>();
        String payload = response.payload() == null ? "" : response.payload().asUtf8String();
        sections.add(new ResultSection("Response", JsonDocuments.pretty(payload)));
        if (response.functionError() != null) {
            sections.add(new ResultSection("Function error", response.functionError()));
        }
        if (response.logResult() != null) {
            sections.add(new ResultSection("Log tail",
                    new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8)));
        }
        String headline = response.functionError() != null
                ? function + " failed (" + response.functionError() + ")" : function + " answered";
        return new ActionResult(response.functionError() != null, headline, sections);
    }
}
