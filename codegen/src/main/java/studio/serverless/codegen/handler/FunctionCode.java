package studio.serverless.codegen.handler;

import java.util.List;
import java.util.Objects;

/**
 * Everything a handler template needs about one function: its name (raw: templates escape it), its code
 * folder, the language and entry point, the SDK calls of its access connections and the events that invoke it.
 *
 * @param name       the function's name in the diagram
 * @param folder     the folder under {@code functions/}
 * @param language   the language its code is generated in
 * @param entryPoint the module (class) and function Lambda calls
 * @param calls      one per access connection, in diagram order
 * @param triggers   one per kind of invoking event, in a fixed order
 * @param notes      what the generator changed from the diagram (e.g. a handler that did not fit the language)
 */
public record FunctionCode(String name, String folder, Language language, EntryPoint entryPoint,
                           List<AccessCall> calls, List<Trigger> triggers, List<String> notes) {

    /** Copies the lists. */
    public FunctionCode {
        Objects.requireNonNull(entryPoint, "entryPoint");
        calls = List.copyOf(calls);
        triggers = List.copyOf(triggers);
        notes = List.copyOf(notes);
    }

    /** Whether an event of this source invokes the function. */
    public boolean has(String source) {
        return triggers.stream().anyMatch(trigger -> trigger.source().equals(source));
    }

    /** Whether the function calls this service. */
    public boolean calls(String service) {
        return calls.stream().anyMatch(call -> call.service().equals(service));
    }

    /** Whether a send or publish needs a deduplication id (a FIFO queue or topic without content deduplication). */
    public boolean needsDeduplicationIds() {
        return calls.stream().anyMatch(call -> call.fifo() && !call.deduplicated());
    }

    /** Whether SQS batches are answered with the messages that failed. */
    public boolean reportsBatchItemFailures() {
        return triggers.stream().anyMatch(Trigger::reportBatchItemFailures);
    }

    /** The handler setting Lambda needs, e.g. {@code app.handler} or {@code app.Handler::handleRequest}. */
    public String handlerSetting() {
        return language == Language.JAVA ? entryPoint.module() + "::" + entryPoint.function()
                : entryPoint.module() + "." + entryPoint.function();
    }
}
