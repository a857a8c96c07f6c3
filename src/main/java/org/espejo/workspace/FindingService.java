package org.espejo.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.espejo.check.CheckType;
import org.espejo.check.Dismissal;
import org.espejo.check.Dismissals;
import org.espejo.check.Finding;
import org.espejo.check.FindingMessages;
import org.espejo.check.FindingsCsvWriter;
import org.espejo.check.FindingsHtmlReport;
import org.espejo.check.Glossary;
import org.espejo.check.GlossaryEntry;
import org.espejo.check.GlossaryException;
import org.espejo.check.GlossaryReader;
import org.espejo.check.Severity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consistency checks of a comparison as the user works with them: the findings in the
 * user's language, dismissing and restoring them with a reason, switching checks on and off,
 * the glossary, and the findings report. Findings are computed by {@link CheckRunner} after
 * every change, so reading them is cheap.
 */
@Service
public class FindingService {

    /** The formats of the findings report. */
    public enum ReportFormat {
        CSV("csv", "text/csv"), HTML("html", "text/html");

        private final String extension;
        private final String mediaType;

        ReportFormat(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private final CheckRunner runner;
    private final CheckScheduler scheduler;
    private final ComparisonRepository comparisons;
    private final FindingRepository findings;
    private final DismissalRepository dismissals;
    private final GlossaryRepository glossary;
    private final JsonCodec json;
    private final Clock clock;

    FindingService(CheckRunner runner, CheckScheduler scheduler, ComparisonRepository comparisons, FindingRepository findings,
                   DismissalRepository dismissals, GlossaryRepository glossary, JsonCodec json, Clock clock) {
        this.runner = runner;
        this.scheduler = scheduler;
        this.comparisons = comparisons;
        this.findings = findings;
        this.dismissals = dismissals;
        this.glossary = glossary;
        this.json = json;
        this.clock = clock;
    }

    /** Every finding of the comparison, open and dismissed, in row order, worded for {@code locale}. */
    @Transactional(readOnly = true)
    public List<FindingView> findings(long id, Locale locale) {
        FindingMessages messages = FindingMessages.forLocale(locale);
        Map<String, DismissalRecord> dismissed = dismissalsOf(id);
        List<FindingView> views = new ArrayList<>();
        for (FindingRecord r : findings.findAllOf(id)) {
            views.add(view(r, messages, dismissed.get(r.fingerprint)));
        }
        return views;
    }

    /** The open findings of one row, worded for {@code locale}. */
    @Transactional(readOnly = true)
    public List<FindingView> openInRow(long id, int row, Locale locale) {
        FindingMessages messages = FindingMessages.forLocale(locale);
        Set<String> dismissed = dismissalsOf(id).keySet();
        List<FindingView> views = new ArrayList<>();
        for (FindingRecord r : findings.findInRow(id, row)) {
            if (!dismissed.contains(r.fingerprint)) {
                views.add(view(r, messages, null));
            }
        }
        return views;
    }

    /** Open (not dismissed) findings per row position, counted by the database. */
    @Transactional(readOnly = true)
    public Map<Integer, Integer> openCountByRow(long id) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Object[] rowAndCount : findings.openCountsByRow(id)) {
            counts.put((Integer) rowAndCount[0], ((Number) rowAndCount[1]).intValue());
        }
        return counts;
    }

    /** The number of open findings of a comparison. */
    @Transactional(readOnly = true)
    public int openCount(long id) {
        return openCountByRow(id).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Calls {@code listener} each time the checks of comparison {@code id} have run again (on
     * the thread that ran them). Long comparisons are checked in the background after a
     * correction; this is how a view learns that their findings are up to date.
     */
    public Subscription onChecked(long id, Runnable listener) {
        return scheduler.listen(id, listener);
    }

    /** Whether the findings of comparison {@code id} are being brought up to date right now. */
    public boolean isChecking(long id) {
        return scheduler.isChecking(id);
    }

    /** The name of a check type in the user's language. */
    public String typeName(CheckType type, Locale locale) {
        return FindingMessages.forLocale(locale).typeName(type);
    }

    /** The name of a severity in the user's language. */
    public String severityName(Severity severity, Locale locale) {
        return FindingMessages.forLocale(locale).severityName(severity);
    }

    /**
     * Dismisses a finding; it stays dismissed when the checks run again, as long as its content
     * (not its row) is the same.
     */
    @Transactional
    public void dismiss(long id, String fingerprint, String reason, String author) {
        Comparison comparison = comparison(id);
        String cleanReason = reason == null ? "" : reason.strip();
        String cleanAuthor = author == null || author.isBlank() ? "" : author.strip();
        DismissalRecord existing = dismissals.findByComparisonIdAndFingerprint(id, fingerprint).orElse(null);
        if (existing != null) {
            existing.reason = limit(cleanReason, 1000);
            existing.author = limit(cleanAuthor, 100);
            existing.createdAt = clock.instant();
            return;
        }
        dismissals.save(new DismissalRecord(comparison, fingerprint, limit(cleanReason, 1000),
                limit(cleanAuthor, 100), clock.instant()));
    }

    /** Takes a dismissal back: the finding is open again. */
    @Transactional
    public void restore(long id, String fingerprint) {
        dismissals.findByComparisonIdAndFingerprint(id, fingerprint).ifPresent(dismissals::delete);
    }

    /** The checks that run for this comparison. */
    @Transactional(readOnly = true)
    public Set<CheckType> enabledChecks(long id) {
        Set<CheckType> enabled = EnumSet.allOf(CheckType.class);
        enabled.removeAll(CheckRunner.disabled(comparison(id).disabledChecks));
        return enabled;
    }

    /** Switches one check on or off for this comparison and checks it again. */
    @Transactional
    public void setEnabled(long id, CheckType type, boolean enabled) {
        Set<CheckType> off = EnumSet.noneOf(CheckType.class);
        off.addAll(CheckRunner.disabled(comparison(id).disabledChecks));
        if (enabled) {
            off.remove(type);
        } else {
            off.add(type);
        }
        comparisons.setDisabledChecks(id, off.stream().map(CheckType::id).sorted().collect(Collectors.joining(",")));
        runner.run(id);
    }

    /** Runs the checks again (after a shared glossary changed, for instance); returns the findings count. */
    @Transactional
    public int recheck(long id) {
        comparison(id);
        return runner.run(id);
    }

    /** The comparison's glossary: its own entries and the shared ones. */
    @Transactional(readOnly = true)
    public List<GlossaryTermView> glossary(long id) {
        return glossary.findFor(id).stream()
                .map(t -> new GlossaryTermView(t.id, t.comparison == null, CheckRunner.split(t.sourceTerms),
                        CheckRunner.split(t.approvedTerms), CheckRunner.split(t.forbiddenTerms), t.note))
                .toList();
    }

    /**
     * Adds a glossary entry (alternatives separated by {@code |} or {@code ;}) and checks again.
     *
     * @throws IllegalArgumentException if the Spanish term or both translations are missing
     */
    @Transactional
    public void addTerm(long id, boolean shared, String source, String approved, String forbidden, String note) {
        Comparison comparison = comparison(id);
        String s = terms(source);
        String a = terms(approved);
        String f = terms(forbidden);
        if (s.isEmpty() || (a.isEmpty() && f.isEmpty())) {
            throw new IllegalArgumentException("a glossary entry needs a term and a translation");
        }
        glossary.save(new GlossaryTerm(shared ? null : comparison, s, a, f, limit(note == null ? "" : note.strip(), 1000)));
        runner.run(id);
    }

    /** Removes a glossary entry and checks again. */
    @Transactional
    public void removeTerm(long id, long termId) {
        glossary.findById(termId)
                .filter(t -> t.comparison == null || t.comparison.id == id)
                .ifPresent(glossary::delete);
        runner.run(id);
    }

    /**
     * Adds every entry of an uploaded glossary (CSV, TSV or TBX) and checks again.
     *
     * @return the number of entries added
     * @throws InputProblem GLOSSARY_UNREADABLE if the file is not a glossary
     */
    @Transactional
    public int importGlossary(long id, boolean shared, String fileName, InputStream in) {
        Comparison comparison = comparison(id);
        Glossary read;
        try {
            read = GlossaryReader.read(fileName == null ? "glossary" : fileName, in);
        } catch (IOException | GlossaryException | RuntimeException e) {
            throw new InputProblem(Problem.GLOSSARY_UNREADABLE, fileName, List.of(), e);
        }
        if (read.isEmpty()) {
            throw new InputProblem(Problem.GLOSSARY_UNREADABLE, fileName, List.of());
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        for (GlossaryEntry e : read.entries()) {
            terms.add(new GlossaryTerm(shared ? null : comparison, join(e.source()), join(e.approved()),
                    join(e.forbidden()), limit(e.note(), 1000)));
        }
        glossary.saveAll(terms);
        runner.run(id);
        return terms.size();
    }

    /** Writes the findings report (open findings grouped by type, dismissed ones apart). */
    @Transactional(readOnly = true)
    public void report(long id, Locale locale, ReportFormat format, Writer out) throws IOException {
        Comparison comparison = comparison(id);
        FindingMessages messages = FindingMessages.forLocale(locale);
        List<Finding> all = findings.findAllOf(id).stream().map(this::finding).toList();
        Dismissals dismissed = Dismissals.of(dismissalsOf(id).values().stream()
                .map(d -> new Dismissal(d.fingerprint, d.reason.isEmpty() ? "-" : d.reason)).toList());
        var story = runner.story(comparison);
        if (format == ReportFormat.CSV) {
            FindingsCsvWriter.csv(messages).write(out, story, all, dismissed);
        } else {
            new FindingsHtmlReport(messages).write(out, comparison.name, story, all, dismissed);
        }
    }

    private FindingView view(FindingRecord r, FindingMessages messages, DismissalRecord dismissal) {
        Finding f = finding(r);
        return new FindingView(r.fingerprint, r.row, f.type(), f.severity(), f.messageKey(), messages.message(f),
                f.left(), f.right(), f.otherRows(),
                dismissal == null ? null : new FindingView.Dismissed(dismissal.reason, dismissal.author,
                        dismissal.createdAt));
    }

    private Finding finding(FindingRecord r) {
        return json.finding(CheckType.fromId(r.type).orElseThrow(), Severity.valueOf(r.severity), r.row,
                r.fingerprint, r.body);
    }

    private Map<String, DismissalRecord> dismissalsOf(long id) {
        return dismissals.findByComparisonId(id).stream()
                .collect(Collectors.toMap(d -> d.fingerprint, d -> d, (a, b) -> a));
    }

    private Comparison comparison(long id) {
        return comparisons.findById(id).orElseThrow(() -> new InputProblem(Problem.NOT_FOUND, "", List.of(id)));
    }

    private static String terms(String text) {
        if (text == null) {
            return "";
        }
        return limit(java.util.Arrays.stream(text.split("[|;]")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.joining(GlossaryTerm.SEPARATOR)), 2000);
    }

    private static String join(List<String> terms) {
        return limit(String.join(GlossaryTerm.SEPARATOR, terms), 2000);
    }

    private static String limit(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
