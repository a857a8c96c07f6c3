package org.espejo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot web application: workspace services and the Vaadin UI. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EspejoApplication {

    public static void main(String[] args) {
        start(args);
    }

    static void start(String[] args) {
        SpringApplication.run(EspejoApplication.class, args);
    }
}
