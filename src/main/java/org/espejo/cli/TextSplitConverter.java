package org.espejo.cli;

import java.util.Locale;
import org.espejo.ingest.TextSplit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --split blank|line} (any case; {@code auto} too) as a {@link TextSplit}. */
final class TextSplitConverter implements ITypeConverter<TextSplit> {

    @Override
    public TextSplit convert(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "blank" -> TextSplit.BLANK;
            case "line" -> TextSplit.LINE;
            case "auto" -> TextSplit.AUTO;
            default -> throw new TypeConversionException("expected auto, blank or line, not '" + value + "'");
        };
    }
}
