package org.espejo.workspace;

import java.time.Clock;
import org.espejo.align.Aligner;
import org.espejo.align.BandedAligner;
import org.espejo.align.SentenceAligner;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.language.LanguageDetector;
import org.espejo.language.LinguaLanguageDetector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core library's objects as Spring beans, built once and shared. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    DocumentExtractor documentExtractor(EspejoProperties properties) {
        return new DocumentExtractor(properties.ingest().limits());
    }

    @Bean
    LanguageDetector languageDetector() {
        return LinguaLanguageDetector.shared();
    }

    @Bean
    Aligner aligner() {
        return new BandedAligner();
    }

    @Bean
    SentenceAligner sentenceAligner() {
        return new SentenceAligner();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
