package org.espejo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.align.Evidence;
import org.espejo.align.Move;
import org.espejo.text.JsonStrings;

/**
 * Writes an alignment as indices: TSV (the gold format plus confidence) or JSON (with types,
 * confidence, evidence and moves). Formats with the texts go through the exchange package.
 */
final class AlignmentWriter {

    private AlignmentWriter() {
    }

    static void tsv(PrintWriter out, Alignment alignment) {
        StringBuilder sb = new StringBuilder(64);
        for (Bead bead : alignment.beads()) {
            sb.setLength(0);
            sb.append(bead.source().toIndexList()).append('\t').append(bead.target().toIndexList()).append('\t')
                    .append(threeDecimals(bead.confidence())).append('\n');
            out.print(sb);
        }
    }

    /**
     * {@code String.format(Locale.ROOT, "%.3f", value)} without the formatter: the shortest decimal
     * form of the value rounded half-up to three decimals, as the formatter rounds. The formatter's
     * locale machinery is a noticeable share of a short command's start-up.
     */
    static String threeDecimals(double value) {
        if (!Double.isFinite(value) || Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0)) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
        return new BigDecimal(Double.toString(value)).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    static void json(PrintWriter out, Alignment alignment, String sourceName, String targetName, String level) {
        out.print("{\"source\":" + JsonStrings.quote(sourceName) + ",\"target\":" + JsonStrings.quote(targetName) + ",\"level\":"
                + JsonStrings.quote(level) + ",\"sourceSize\":" + alignment.sourceSize() + ",\"targetSize\":"
                + alignment.targetSize() + ",\"beads\":[\n");
        List<Bead> beads = alignment.beads();
        for (int k = 0; k < beads.size(); k++) {
            Bead b = beads.get(k);
            Evidence e = b.evidence();
            out.print("{\"source\":[" + b.source().toIndexList() + "],\"target\":[" + b.target().toIndexList()
                    + "],\"type\":\"" + b.type() + "\",\"confidence\":"
                    + threeDecimals(b.confidence()) + ",\"evidence\":{\"lengthRatio\":"
                    + threeDecimals(e.lengthRatio()) + ",\"numbers\":" + array(e.numbers())
                    + ",\"names\":" + array(e.names()) + ",\"cognates\":" + array(e.cognates()) + ",\"lexicon\":"
                    + array(e.lexicon()) + "}}" + (k + 1 < beads.size() ? ",\n" : "\n"));
        }
        out.print("],\"moves\":[");
        List<Move> moves = alignment.moves();
        for (int k = 0; k < moves.size(); k++) {
            Move m = moves.get(k);
            out.print((k > 0 ? "," : "") + "{\"sourceGapBead\":" + m.sourceGapBead() + ",\"targetGapBead\":"
                    + m.targetGapBead() + ",\"confidence\":" + threeDecimals(m.confidence()) + "}");
        }
        out.print("]}\n");
    }

    private static String array(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? "," : "").append(JsonStrings.quote(values.get(i)));
        }
        return sb.append(']').toString();
    }
}
