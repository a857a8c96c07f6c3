package org.espejo.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
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
