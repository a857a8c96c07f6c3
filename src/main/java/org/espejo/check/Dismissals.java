package org.espejo.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dismissed findings of a comparison. A new run's findings are matched by fingerprint, so
 * a dismissed finding stays dismissed when rows move or unrelated text changes, and comes back
 * when the text it is about changes. Immutable.
 */
public final class Dismissals {

    /** Nothing dismissed. */
    public static final Dismissals NONE = new Dismissals(List.of());

    private final Map<String, Dismissal> byFingerprint = new LinkedHashMap<>();

    private Dismissals(Collection<Dismissal> dismissals) {
        dismissals.forEach(d -> byFingerprint.put(d.fingerprint(), d));
    }

    public static Dismissals of(Collection<Dismissal> dismissals) {
        return new Dismissals(dismissals);
    }

    public boolean isDismissed(Finding finding) {
        return byFingerprint.containsKey(finding.fingerprint());
    }

    /** The dismissal that covers {@code finding}, if any. */
    public Optional<Dismissal> dismissalOf(Finding finding) {
        return Optional.ofNullable(byFingerprint.get(finding.fingerprint()));
    }

    /** The findings that are not dismissed, in their order. */
    public List<Finding> open(List<Finding> findings) {
        List<Finding> open = new ArrayList<>();
        for (Finding f : findings) {
            if (!isDismissed(f)) {
                open.add(f);
            }
        }
        return open;
    }

    /** All dismissals, in the order given. */
    public List<Dismissal> all() {
        return List.copyOf(byFingerprint.values());
    }
}
