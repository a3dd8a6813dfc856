package studio.serverless.model.fragment;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import studio.serverless.model.catalog.NamingRule;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;

/**
 * Names for copies: a name not yet taken is kept; otherwise its number goes up ({@code orders} becomes
 * {@code orders-2}, {@code orders-2} becomes {@code orders-3}), a {@code .fifo} ending stays at the end, and the
 * stem is shortened when needed so the name stays within the kind's length limit. Only a hyphen and digits are
 * added, which every kind's naming rule allows.
 */
public final class UniqueNames {

    private static final Pattern NUMBERED = Pattern.compile("(.+)-(\\d+)");
    private static final String FIFO = ".fifo";

    private UniqueNames() {
    }

    /** A name for a service of this kind like {@code wanted} that is not in {@code taken}. */
    public static String unique(ServiceKind kind, String wanted, Set<String> taken) {
        if (!taken.contains(wanted)) {
            return wanted;
        }
        String suffix = wanted.endsWith(FIFO) && wanted.length() > FIFO.length() ? FIFO : "";
        String stem = wanted.substring(0, wanted.length() - suffix.length());
        Matcher numbered = NUMBERED.matcher(stem);
        int number = 2;
        if (numbered.matches() && numbered.group(2).length() < 9) {
            stem = numbered.group(1);
            number = Integer.parseInt(numbered.group(2)) + 1;
        }
        NamingRule rule = ServiceCatalog.standard().service(kind).namingRule();
        for (;; number++) {
            String ending = "-" + number + suffix;
            int room = Math.max(1, rule.maxLength() - ending.length());
            String candidate = stem.substring(0, Math.min(stem.length(), room)) + ending;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
