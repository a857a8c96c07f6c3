package org.espejo.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs the enabled checks over an aligned story and returns their findings in row order.
 * Immutable and thread-safe: one engine can serve every comparison.
 *
 * <pre>{@code
 * List<Finding> findings = new CheckEngine().run(story, CheckSettings.DEFAULT, glossary);
 * }</pre>
 */
public final class CheckEngine {

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::row)
            .thenComparing(Finding::type)
            .thenComparing(f -> f.left().isEmpty() ? Integer.MAX_VALUE : f.left().get(0).span().start())
            .thenComparing(f -> f.right().isEmpty() ? Integer.MAX_VALUE : f.right().get(0).span().start())
            .thenComparing(Finding::fingerprint);

    private final List<Check> checks;

    /** An engine with every standard check. */
    public CheckEngine() {
        this(standardChecks());
    }

    /** An engine with the given checks (e.g. a subset, or an extra one). */
    public CheckEngine(List<Check> checks) {
        this.checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    }

    /** The standard checks, one per {@link CheckType}. */
    public static List<Check> standardChecks() {
        return List.of(new NumbersCheck(), new NamesCheck(), new OmissionsCheck(), new UntranslatedCheck(),
                new InconsistencyCheck(), new TerminologyCheck(), new TypographyCheck(), new VariantsCheck());
    }

    /** The findings of the enabled checks, sorted by row, type and position. */
    public List<Finding> run(AlignedStory story, CheckSettings settings, Glossary glossary) {
        CheckContext context = new CheckContext(story, settings, glossary);
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (settings.isEnabled(check.type())) {
                findings.addAll(check.run(story, context));
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /** The findings of every check, without a glossary. */
    public List<Finding> run(AlignedStory story) {
        return run(story, CheckSettings.DEFAULT, Glossary.EMPTY);
    }
}
