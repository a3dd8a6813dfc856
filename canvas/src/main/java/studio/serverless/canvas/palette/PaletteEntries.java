package studio.serverless.canvas.palette;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.catalog.ServiceSpec;

/**
 * What the palette lists: the service kinds whose name, file id or category match a filter, and the explanation a
 * learner sees when hovering over one.
 */
public final class PaletteEntries {

    private final ServiceCatalog catalog;

    /** The entries of a catalogue's service kinds. */
    public PaletteEntries(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The kinds matching every word of the filter (case-insensitive) in their name, id or category, in catalogue
     * order; all kinds for a blank filter.
     */
    public List<ServiceKind> matching(String filter) {
        String[] words = filter == null ? new String[0] : filter.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return catalog.services().stream().map(ServiceSpec::kind)
                .filter(kind -> Arrays.stream(words).allMatch(word -> searchText(kind).contains(word)))
                .toList();
    }

    /** What the service is, how it is invoked and how it is billed, as three short paragraphs. */
    public String explanation(ServiceKind kind) {
        ServiceSpec spec = catalog.service(kind);
        return kind.displayName() + "\n\n" + spec.summary() + "\n\nInvoked: " + spec.invocation()
                + "\n\nBilled: " + spec.billing();
    }

    private static String searchText(ServiceKind kind) {
        return (kind.displayName() + " " + kind.id() + " " + kind.category().displayName())
                .toLowerCase(Locale.ROOT);
    }
}
