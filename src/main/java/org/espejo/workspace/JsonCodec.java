package org.espejo.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.espejo.align.Evidence;
import org.espejo.check.CheckType;
import org.espejo.check.Finding;
import org.espejo.check.Mark;
import org.espejo.check.Severity;
import org.espejo.text.Lang;
import org.springframework.stereotype.Component;

/** Reads and writes the JSON columns of the workspace (evidence, sentences, sentence links). */
@Component
class JsonCodec {

    private final ObjectMapper mapper;

    JsonCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String evidence(Evidence evidence) {
        return write(new RowEvidence(evidence.lengthRatio(), evidence.numbers(), evidence.names(),
                evidence.cognates(), evidence.lexicon()));
    }

    RowEvidence evidence(String json) {
        return read(json, RowEvidence.class);
    }

    String sentences(List<SentenceView> sentences) {
        List<Object[]> rows = new ArrayList<>(sentences.size());
        for (SentenceView s : sentences) {
            rows.add(new Object[] {s.start(), s.end(), s.lang().code(), round(s.langConfidence())});
        }
        return write(rows);
    }

    List<SentenceView> sentences(String json) {
        List<SentenceView> list = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            list.add(new SentenceView(n.get(0).asInt(), n.get(1).asInt(),
                    Lang.fromCode(n.get(2).asText()).orElse(Lang.UNKNOWN), n.get(3).asDouble()));
        }
        return list;
    }

    String links(List<SentenceLink> links) {
        List<Object[]> rows = new ArrayList<>(links.size());
        for (SentenceLink l : links) {
            rows.add(new Object[] {l.leftStart(), l.leftEnd(), l.rightStart(), l.rightEnd(), round(l.confidence())});
        }
        return write(rows);
    }

    List<SentenceLink> links(String json) {
        List<SentenceLink> list = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            list.add(new SentenceLink(n.get(0).asInt(), n.get(1).asInt(), n.get(2).asInt(), n.get(3).asInt(),
                    n.get(4).asDouble()));
        }
        return list;
    }

    /** A finding's content (the columns hold type, severity, row and fingerprint). */
    String finding(Finding finding) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", finding.messageKey());
        body.put("args", finding.args());
        body.put("left", marks(finding.left()));
        body.put("right", marks(finding.right()));
        body.put("other", finding.otherRows());
        return write(body);
    }

    /** Reads back what {@link #finding(Finding)} wrote. */
    Finding finding(CheckType type, Severity severity, int row, String fingerprint, String body) {
        JsonNode n = tree(body);
        List<Object> args = new ArrayList<>();
        for (JsonNode a : n.get("args")) {
            if (a.isIntegralNumber()) {
                args.add(a.canConvertToInt() ? (Object) a.asInt() : (Object) a.asLong());
            } else if (a.isNumber()) {
                args.add(a.asDouble());
            } else {
                args.add(a.asText());
            }
        }
        List<Integer> other = new ArrayList<>();
        for (JsonNode o : n.get("other")) {
            other.add(o.asInt());
        }
        return new Finding(type, severity, row, marks(n.get("left")), marks(n.get("right")), n.get("key").asText(),
                args, fingerprint, other);
    }

    private static List<int[]> marks(List<Mark> marks) {
        return marks.stream().map(m -> new int[] {m.paragraph(), m.span().start(), m.span().end()}).toList();
    }

    private static List<Mark> marks(JsonNode array) {
        List<Mark> marks = new ArrayList<>();
        for (JsonNode m : array) {
            marks.add(Mark.of(m.get(0).asInt(), m.get(1).asInt(), m.get(2).asInt()));
        }
        return marks;
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column", e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    <T> T read(String json, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column", e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " column", e);
        }
    }
}
