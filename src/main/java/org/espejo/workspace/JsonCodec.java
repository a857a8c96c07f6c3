package org.espejo.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.espejo.text.Lang;
import org.espejo.align.Evidence;
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
