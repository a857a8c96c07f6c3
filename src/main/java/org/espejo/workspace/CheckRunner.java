package org.espejo.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.espejo.align.Range;
import org.espejo.check.AlignedStory;
import org.espejo.check.CheckEngine;
import org.espejo.check.CheckSettings;
import org.espejo.check.CheckType;
import org.espejo.check.Finding;
import org.espejo.check.Glossary;
import org.espejo.check.GlossaryEntry;
import org.espejo.check.Pairing;
import org.espejo.check.Passage;
import org.espejo.check.StoryRow;
import org.espejo.language.LanguageGuess;
import org.espejo.text.Lang;
import org.espejo.text.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the consistency checks over a stored comparison and replaces its findings. Called after
 * a comparison is created or imported and after every correction, so the findings always
 * describe the rows as they are; dismissals are kept apart, by fingerprint, and survive.
 */
@Component
class CheckRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRunner.class);

    private final CheckEngine engine = new CheckEngine();
    private final ComparisonRepository comparisons;
    private final ComparisonTexts texts;
    private final AlignedRowRepository rows;
    private final FindingRepository findings;
    private final GlossaryRepository glossary;
    private final JsonCodec json;
    private final TransactionTemplate transaction;

    CheckRunner(ComparisonRepository comparisons, ComparisonTexts texts, AlignedRowRepository rows,
                FindingRepository findings, GlossaryRepository glossary, JsonCodec json,
                PlatformTransactionManager transactions) {
        this.comparisons = comparisons;
        this.texts = texts;
        this.rows = rows;
        this.findings = findings;
        this.glossary = glossary;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Like {@link #run(long)}, for callers whose own work is already saved: a failing check is
     * logged and leaves the previous findings, it never undoes the user's change.
     */
    void runQuietly(long id) {
        try {
            run(id);
        } catch (RuntimeException e) {
            LOG.warn("checks of comparison {} failed; its findings were left as they were", id, e);
        }
    }

    /** Checks comparison {@code id} again and stores what was found; returns the number of findings. */
    int run(long id) {
        Integer count = transaction.execute(tx -> check(id));
        return count == null ? 0 : count;
    }

    private int check(long id) {
        Comparison comparison = comparisons.findById(id).orElse(null);
        if (comparison == null) {
            return 0;
        }
        AlignedStory story = story(comparison);
        CheckSettings settings = CheckSettings.DEFAULT.without(disabled(comparison.disabledChecks));
        List<Finding> found = story.rows().isEmpty() ? List.of() : engine.run(story, settings, glossaryOf(id));
        findings.deleteAllOf(id);
        Comparison attached = comparisons.getReferenceById(id);
        List<FindingRecord> records = new ArrayList<>(found.size());
        for (Finding f : found) {
            records.add(new FindingRecord(attached, f.row(), f.type().id(), f.severity().name(), f.fingerprint(),
                    json.finding(f)));
        }
        findings.saveAll(records);
        return records.size();
    }

    /** The stored comparison as the checks read it. */
    AlignedStory story(Comparison comparison) {
        List<Passage> left = passages(comparison, Side.LEFT);
        List<Passage> right = passages(comparison, Side.RIGHT);
        List<StoryRow> storyRows = new ArrayList<>();
        for (AlignedRow r : rows.findAllOf(comparison.id)) {
            List<org.espejo.check.SentenceLink> links = new ArrayList<>();
            for (SentenceLink l : json.links(r.sentenceLinks)) {
                links.add(new org.espejo.check.SentenceLink(Range.of(l.leftStart(), l.leftEnd()),
                        Range.of(l.rightStart(), l.rightEnd())));
            }
            List<Passage> l = left.subList(r.leftStart, r.leftEnd);
            List<Passage> rt = right.subList(r.rightStart, r.rightEnd);
            if (!linksFit(links, l, rt)) {
                links = List.of();
            }
            storyRows.add(new StoryRow(r.position, l, rt, links, pairing(r.status),
                    Math.max(0, Math.min(1, r.confidence))));
        }
        return new AlignedStory(lang(comparison.leftLang), lang(comparison.rightLang), storyRows);
    }

    /** The comparison's glossary: its own terms and the shared ones. */
    Glossary glossaryOf(long id) {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (GlossaryTerm t : glossary.findFor(id)) {
            List<String> source = split(t.sourceTerms);
            if (!source.isEmpty()) {
                entries.add(new GlossaryEntry(source, split(t.approvedTerms), split(t.forbiddenTerms), t.note));
            }
        }
        return entries.isEmpty() ? Glossary.EMPTY : new Glossary(Lang.SPANISH, Lang.ENGLISH, entries);
    }

    static Set<CheckType> disabled(String ids) {
        Set<CheckType> off = EnumSet.noneOf(CheckType.class);
        for (String id : ids.split(",")) {
            CheckType.fromId(id.strip()).ifPresent(off::add);
        }
        return off;
    }

    static List<String> split(String terms) {
        return Arrays.stream(terms.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<Passage> passages(Comparison comparison, Side side) {
        List<StoredParagraph> stored = texts.stored(comparison, side);
        List<Passage> passages = new ArrayList<>(stored.size());
        for (StoredParagraph p : stored) {
            List<Span> spans = new ArrayList<>();
            List<LanguageGuess> languages = new ArrayList<>();
            for (SentenceView s : json.sentences(p.sentences)) {
                if (s.end() <= p.text.length() && (spans.isEmpty() || s.start() >= spans.get(spans.size() - 1).end())) {
                    spans.add(new Span(s.start(), s.end()));
                    languages.add(new LanguageGuess(s.lang(), clamp(s.langConfidence())));
                }
            }
            passages.add(new Passage(p.index, p.text, p.kind, spans,
                    new LanguageGuess(lang(p.lang), clamp(p.langConfidence)), languages));
        }
        return passages;
    }

    private static boolean linksFit(List<org.espejo.check.SentenceLink> links, List<Passage> left, List<Passage> right) {
        int leftCount = left.stream().mapToInt(p -> p.sentences().size()).sum();
        int rightCount = right.stream().mapToInt(p -> p.sentences().size()).sum();
        return links.stream().allMatch(l -> l.left().end() <= leftCount && l.right().end() <= rightCount);
    }

    private static Pairing pairing(RowStatus status) {
        return switch (status) {
            case AUTOMATIC -> Pairing.AUTOMATIC;
            case CONFIRMED -> Pairing.CONFIRMED;
            case EDITED -> Pairing.EDITED;
        };
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static Lang lang(String code) {
        return code == null ? Lang.UNKNOWN : Lang.fromCode(code).orElse(Lang.UNKNOWN);
    }
}
