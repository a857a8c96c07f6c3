package org.espejo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickCompilationTest {

    @Test
    void the_running_jvm_accepts_the_directive_when_its_package_is_open() throws Exception {
        try {
            assertThat(QuickCompilation.request()).isTrue();
            assertThat(QuickCompilation.execute("Compiler.directives_print")).contains("c2", "Exclude:true");
        } finally {
            // the tests that follow in this JVM keep the optimising compiler
            QuickCompilation.execute("Compiler.directives_remove");
        }
    }
}
