package org.espejo.workspace;

import java.util.ArrayList;
import java.util.List;
import org.espejo.align.Aligner;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.align.Bitext;
import org.espejo.align.Evidence;
import org.espejo.align.FixedLink;
import org.espejo.align.Range;
import org.espejo.align.SentenceAligner;
import org.espejo.text.Lang;
import org.springframework.stereotype.Component;

/**
 * Completes rows a user made: the evidence for pairing their two sides and how their
 * sentences pair up, computed by the same engine that made the automatic rows.
 */
@Component
class RowScorer {

    private final Aligner aligner;
    private final SentenceAligner sentenceAligner;
    private final ParagraphRepository paragraphs;
    private final DocumentRepository documents;
    private final JsonCodec json;

    RowScorer(Aligner aligner, SentenceAligner sentenceAligner, ParagraphRepository paragraphs,
              DocumentRepository documents, JsonCodec json) {
        this.aligner = aligner;
        this.sentenceAligner = sentenceAligner;
        this.paragraphs = paragraphs;
        this.documents = documents;
        this.json = json;
    }

    /** The same rows with evidence and sentence links computed; ranges, confidence and status unchanged. */
    List<RowState> complete(Comparison comparison, List<RowState> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Texts left = texts(comparison, Side.LEFT, rows.stream().mapToInt(RowState::leftStart).min().orElse(0),
                rows.stream().mapToInt(RowState::leftEnd).max().orElse(0));
        Texts right = texts(comparison, Side.RIGHT, rows.stream().mapToInt(RowState::rightStart).min().orElse(0),
                rows.stream().mapToInt(RowState::rightEnd).max().orElse(0));
        List<RowState> done = new ArrayList<>(rows.size());
        for (RowState r : rows) {
            List<String> l = left.paragraphs(r.leftStart(), r.leftEnd());
            List<String> t = right.paragraphs(r.rightStart(), r.rightEnd());
            Evidence evidence = Evidence.NONE;
            Bead bead;
            if (!l.isEmpty() && !t.isEmpty()) {
                Alignment local = aligner.align(new Bitext(l, lang(comparison.leftLang), t, lang(comparison.rightLang)),
                        List.of(new FixedLink(Range.of(0, l.size()), Range.of(0, t.size()))));
                bead = local.beads().get(0);
                evidence = bead.evidence();
            } else {
                bead = new Bead(Range.of(0, l.size()), Range.of(0, t.size()), r.confidence(), Evidence.NONE);
            }
            Alignment paragraphsOfRow = Alignment.of(l.size(), t.size(), List.of(bead));
            Alignment sentences = sentenceAligner.align(paragraphsOfRow,
                    left.sentences(r.leftStart(), r.leftEnd()), right.sentences(r.rightStart(), r.rightEnd()))
                    .groups().get(0);
            done.add(new RowState(r.leftStart(), r.leftEnd(), r.rightStart(), r.rightEnd(), r.confidence(),
                    r.status(), json.evidence(evidence), json.links(ComparisonBuilder.links(sentences))));
        }
        return done;
    }

    private Texts texts(Comparison comparison, Side side, int from, int to) {
        ComparisonDocument document = documents.findByComparisonIdAndSide(comparison.id, side).orElseThrow();
        List<StoredParagraph> stored = to > from ? paragraphs.findRange(document.id, from, to) : List.of();
        return new Texts(from, stored, json);
    }

    private static Lang lang(String code) {
        return Lang.fromCode(code).orElse(Lang.UNKNOWN);
    }

    /** Paragraph texts and sentence texts of a run of stored paragraphs. */
    private record Texts(int from, List<StoredParagraph> stored, JsonCodec json) {

        List<String> paragraphs(int start, int end) {
            List<String> list = new ArrayList<>();
            for (int i = start; i < end; i++) {
                list.add(stored.get(i - from).text);
            }
            return list;
        }

        List<List<String>> sentences(int start, int end) {
            List<List<String>> list = new ArrayList<>();
            for (int i = start; i < end; i++) {
                StoredParagraph p = stored.get(i - from);
                List<String> s = new ArrayList<>();
                for (SentenceView v : json.sentences(p.sentences)) {
                    s.add(p.text.substring(v.start(), v.end()));
                }
                list.add(s);
            }
            return list;
        }
    }
}
