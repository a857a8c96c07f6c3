package org.espejo.ui.compare;

import static org.espejo.text.HtmlText.escape;

import java.util.List;
import org.espejo.text.Lang;
import org.espejo.text.ParagraphKind;
import org.espejo.workspace.ParagraphView;
import org.espejo.workspace.SentenceLink;
import org.espejo.workspace.SentenceView;

/**
 * The HTML of one side of a row: a block per paragraph, a span per sentence. Each sentence
 * carries the number of its sentence link ({@code data-k}) so that pointing at it highlights
 * its counterpart on the other side; sentences and paragraphs in another language than their
 * side's are marked. All text is escaped.
 */
final class RowHtml {

    /** Below this confidence a foreign-language guess is not shown. */
    private static final double FOREIGN_CONFIDENCE = 0.5;

    private RowHtml() {
    }

    static String side(List<ParagraphView> paragraphs, List<SentenceLink> links, boolean left, Lang expected,
                       String foreignLabel) {
        StringBuilder html = new StringBuilder();
        int sentence = 0;
        for (ParagraphView p : paragraphs) {
            boolean foreign = isForeign(p.lang(), p.langConfidence(), expected);
            html.append("<div class=\"espejo-p").append(kindClass(p.kind())).append(foreign ? " foreign" : "")
                    .append("\" data-p=\"").append(p.index()).append('"');
            if (foreign) {
                html.append(" title=\"").append(escape(foreignLabel + ": " + p.lang().code())).append('"');
            }
            html.append('>');
            int at = 0;
            String text = p.text();
            for (SentenceView s : p.sentences()) {
                html.append(escape(text.substring(at, s.start())));
                int k = linkOf(links, sentence++, left);
                boolean foreignSentence = !foreign && isForeign(s.lang(), s.langConfidence(), expected);
                html.append("<span class=\"s").append(foreignSentence ? " foreign" : "").append("\" data-k=\"")
                        .append(k).append("\">").append(escape(text.substring(s.start(), s.end()))).append("</span>");
                at = s.end();
            }
            html.append(escape(text.substring(at))).append("</div>");
        }
        return html.toString();
    }

    private static boolean isForeign(Lang lang, double confidence, Lang expected) {
        return lang.isKnown() && expected.isKnown() && lang != expected && confidence >= FOREIGN_CONFIDENCE;
    }

    private static int linkOf(List<SentenceLink> links, int sentence, boolean left) {
        for (int k = 0; k < links.size(); k++) {
            SentenceLink l = links.get(k);
            int start = left ? l.leftStart() : l.rightStart();
            int end = left ? l.leftEnd() : l.rightEnd();
            if (sentence >= start && sentence < end) {
                return k;
            }
        }
        return -1;
    }

    private static String kindClass(ParagraphKind kind) {
        return switch (kind) {
            case BODY -> "";
            case HEADING -> " espejo-heading";
            case LIST_ITEM -> " espejo-list-item";
            case QUOTE -> " espejo-quote";
            case TABLE_CELL -> " espejo-table-cell";
        };
    }

}
