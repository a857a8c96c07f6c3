package org.espejo.exchange;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;

/** Reads an export with one of the Okapi Framework's filters: the independent reader of the tests. */
final class OkapiReader {

    /**
     * A text unit as Okapi sees it.
     *
     * @param source     the source text (codes as their original data)
     * @param target     the target text, or {@code ""} when the unit has none
     * @param properties the unit's properties by name
     */
    record Unit(String source, String target, Map<String, String> properties) {
    }

    private OkapiReader() {
    }

    static List<Unit> read(IFilter filter, byte[] file, String sourceLang, String targetLang) {
        LocaleId target = LocaleId.fromString(targetLang);
        List<Unit> units = new ArrayList<>();
        try (filter; RawDocument doc = new RawDocument(new ByteArrayInputStream(file), "UTF-8",
                LocaleId.fromString(sourceLang), target)) {
            filter.open(doc);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    TextContainer t = tu.getTarget(target);
                    Map<String, String> properties = new LinkedHashMap<>();
                    for (String name : tu.getPropertyNames()) {
                        Property p = tu.getProperty(name);
                        properties.put(name, p.getValue());
                    }
                    units.add(new Unit(tu.getSource().toString(), t == null ? "" : t.toString(), properties));
                }
            }
        }
        return units;
    }
}
