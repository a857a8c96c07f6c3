package org.espejo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.espejo.align.Alignment;
import org.espejo.align.BandedAligner;
import org.espejo.align.Bead;
import org.espejo.align.Bitext;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;
import org.espejo.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check-anchors ES_FILE EN_FILE ANCHORS_TSV} (hidden): aligns the two files and counts
 * how many known anchor pairs (the {@code es_para}/{@code en_para} columns of a TSV with a
 * header, such as the Quijote's {@code chapters.tsv}) land in the same bead.
 */
@Command(name = "check-anchors", hidden = true, description = "Counts known anchor pairs that land in one bead.")
final class AnchorsCommand implements Callable<Integer> {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ES_FILE")
    private Path sourceFile;

    @Parameters(index = "1", paramLabel = "EN_FILE")
    private Path targetFile;

    @Parameters(index = "2", paramLabel = "ANCHORS_TSV")
    private Path anchors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<String> source = EXTRACTOR.extract(sourceFile, TextSplit.AUTO).texts();
            List<String> target = EXTRACTOR.extract(targetFile, TextSplit.AUTO).texts();
            Alignment alignment = new BandedAligner().align(new Bitext(source, Lang.SPANISH, target, Lang.ENGLISH));
            int[] beadOfSource = new int[source.size()];
            int[] beadOfTarget = new int[target.size()];
            for (int k = 0; k < alignment.beads().size(); k++) {
                Bead b = alignment.beads().get(k);
                for (int s = b.source().start(); s < b.source().end(); s++) {
                    beadOfSource[s] = k;
                }
                for (int t = b.target().start(); t < b.target().end(); t++) {
                    beadOfTarget[t] = k;
                }
            }
            List<String> lines = Files.readAllLines(anchors);
            List<String> header = List.of(lines.get(0).split("\t"));
            int es = header.indexOf("es_para");
            int en = header.indexOf("en_para");
            int hits = 0;
            int total = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t");
                int s = Integer.parseInt(c[es]);
                int t = Integer.parseInt(c[en]);
                total++;
                if (beadOfSource[s] == beadOfTarget[t]) {
                    hits++;
                } else {
                    out.println("missed: " + line + "  (es in bead " + alignment.beads().get(beadOfSource[s]).source()
                            + "→" + alignment.beads().get(beadOfSource[s]).target() + ")");
                }
            }
            out.println(hits + " of " + total + " anchors in the same bead");
            out.flush();
            return 0;
        } catch (IOException | ExtractionException | RuntimeException e) {
            spec.commandLine().getErr().println("check-anchors: " + e.getMessage());
            return 1;
        }
    }
}
