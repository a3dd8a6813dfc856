package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** Two or more services of the same kind with the same name: AWS names resources per kind (and region). */
public final class DuplicateNameRule implements ValidationRule {

    private record KindAndName(ServiceKind kind, String name) {
    }

    @Override
    public String id() {
        return "duplicate-name";
    }

    @Override
    public String description() {
        return "No two services of the same kind share a name.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        Map<KindAndName, List<Service>> byName = new LinkedHashMap<>();
        for (Service service : context.diagram().services()) {
            byName.computeIfAbsent(new KindAndName(service.kind(), service.name()), key -> new ArrayList<>())
                    .add(service);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        byName.forEach((key, services) -> {
            if (services.size() > 1) {
                diagnostics.add(duplicates(key, services));
            }
        });
        return diagnostics;
    }

    private Diagnostic duplicates(KindAndName key, List<Service> services) {
        List<ElementId> elements = services.stream().<ElementId>map(Service::id).toList();
        String ids = String.join(", ", services.stream().map(service -> service.id().value()).toList());
        String scope = key.kind() == ServiceKind.S3_BUCKET ? "bucket names are unique across all of AWS"
                : "an account can have only one " + key.kind().displayName() + " of a name in a region";
        return new Diagnostic(id(), Severity.ERROR, elements,
                services.size() + " " + key.kind().displayName() + "s (" + ids + ") are all named '" + key.name()
                        + "': " + scope + ", so the deployment would fail or one would overwrite the other.",
                "Rename all but one of them.");
    }
}
