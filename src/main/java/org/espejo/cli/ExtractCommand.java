package org.espejo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;
import org.espejo.text.Document;
import org.espejo.text.DocumentInfo;
import org.espejo.text.Paragraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract FILE}: prints the paragraphs Espejo sees in a file, one per line, in the order
 * and numbering {@code align} uses. Exit status 0, or 1 with a plain message when the file cannot
 * be extracted.
 */
@Command(name = "extract",
        description = {
            "Prints the paragraphs Espejo sees in FILE, one per line; the n-th line is paragraph n-1 "
                    + "(0-based), the numbering align uses.",
            "Reads .docx, .doc, .odt, .rtf, .pdf, .html, .epub, .md and .txt (any common encoding)."
        },
        mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to read")
    private Path file;

    @Option(names = "--split", paramLabel = "blank|line", converter = TextSplitConverter.class,
            description = "how plain text (.txt) is cut into paragraphs: blank (blocks between blank lines, a "
                    + "block's lines joined) or line (each non-empty line). Default: blank when the text has blank "
                    + "lines, else line. Other formats have their own paragraphs.")
    private TextSplit split = TextSplit.AUTO;

    @Option(names = {"-n", "--numbered"},
            description = "print INDEX<TAB>KIND<TAB>TEXT, KIND being HEADING, BODY, LIST_ITEM, QUOTE or TABLE_CELL")
    private boolean numbered;

    @Option(names = "--info",
            description = "first print the file's media type, title, author and paragraph and character counts "
                    + "to standard error")
    private boolean info;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Document document;
        try {
            document = new DocumentExtractor(ExtractionLimits.DEFAULT).extract(file, split);
        } catch (ExtractionException e) {
            err.println("extract: cannot read " + file + ": " + ExtractionMessages.of(e, ExtractionLimits.DEFAULT));
            return 1;
        } catch (NoSuchFileException e) {
            err.println("extract: no such file: " + file);
            return 1;
        } catch (IOException e) {
            err.println("extract: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        if (info) {
            printInfo(err, document);
        }
        for (Paragraph paragraph : document.paragraphs()) {
            out.println(numbered
                    ? paragraph.index() + "\t" + paragraph.kind() + "\t" + paragraph.text()
                    : paragraph.text());
        }
        out.flush();
        return 0;
    }

    private static void printInfo(PrintWriter err, Document document) {
        DocumentInfo about = document.info();
        err.println("file:       " + about.fileName());
        err.println("media type: " + about.mediaType());
        err.println("title:      " + about.title());
        err.println("author:     " + about.author());
        err.println("paragraphs: " + document.size());
        err.println("characters: " + document.characterCount());
        err.flush();
    }
}
