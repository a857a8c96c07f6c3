package org.espejo.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds .docx files in tests with Apache POI, the way Word writes them: headings, quotes and
 * list items carry Word's built-in styles (Heading 1, Quote, List Paragraph with a bullet list),
 * and headers and footers live in their own parts.
 */
final class DocxBuilder {

    private final List<Consumer<XWPFDocument>> steps = new ArrayList<>();
    private String title = "";
    private String author = "";

    DocxBuilder title(String text) {
        title = text;
        return this;
    }

    DocxBuilder author(String name) {
        author = name;
        return this;
    }

    DocxBuilder heading(int level, String text) {
        return styled("Heading" + level, text);
    }

    DocxBuilder titleParagraph(String text) {
        return styled("Title", text);
    }

    DocxBuilder paragraph(String text) {
        steps.add(d -> d.createParagraph().createRun().setText(text));
        return this;
    }

    /** A paragraph whose runs are separated by line breaks (Shift+Enter). */
    DocxBuilder paragraphWithBreaks(String... lines) {
        steps.add(d -> {
            XWPFRun run = d.createParagraph().createRun();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        });
        return this;
    }

    DocxBuilder pageBreak() {
        steps.add(d -> d.createParagraph().createRun().addBreak(BreakType.PAGE));
        return this;
    }

    DocxBuilder quote(String text) {
        return styled("Quote", text);
    }

    DocxBuilder bulletItems(String... items) {
        steps.add(d -> {
            BigInteger list = bulletList(d);
            for (String item : items) {
                XWPFParagraph p = d.createParagraph();
                p.setStyle("ListParagraph");
                p.setNumID(list);
                p.createRun().setText(item);
            }
        });
        return this;
    }

    DocxBuilder table(String[]... rows) {
        steps.add(d -> {
            XWPFTable table = d.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
        });
        return this;
    }

    DocxBuilder header(String text) {
        steps.add(d -> d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text));
        return this;
    }

    DocxBuilder footer(String text) {
        steps.add(d -> d.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text));
        return this;
    }

    byte[] bytes() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document encrypted with {@code password} (ECMA-376 agile encryption, as Word does). */
    byte[] encryptedBytes(String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(bytes());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void build(XWPFDocument document) {
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator(author);
        addStyles(document.createStyles());
        steps.forEach(step -> step.accept(document));
    }

    private DocxBuilder styled(String style, String text) {
        steps.add(d -> {
            XWPFParagraph p = d.createParagraph();
            p.setStyle(style);
            p.createRun().setText(text);
        });
        return this;
    }

    private static void addStyles(XWPFStyles styles) {
        for (int level = 1; level <= 3; level++) {
            CTStyle style = style("Heading" + level, "heading " + level);
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style));
        }
        styles.addStyle(new XWPFStyle(style("Title", "Title")));
        styles.addStyle(new XWPFStyle(style("Quote", "Quote")));
        styles.addStyle(new XWPFStyle(style("ListParagraph", "List Paragraph")));
    }

    private static CTStyle style(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        return style;
    }

    private static BigInteger bulletList(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(document.getParagraphs().size()));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = document.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }
}
