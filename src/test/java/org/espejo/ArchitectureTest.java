package org.espejo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md; a forbidden import fails the build. */
class ArchitectureTest {

    private static final String[] CORE = {
        "org.espejo.text..", "org.espejo.ingest..", "org.espejo.language..", "org.espejo.align..",
        "org.espejo.check..", "org.espejo.exchange.."
    };
    private static final String[] FRAMEWORKS = {
        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "jakarta.servlet..",
        "org.hibernate..", "javax.persistence..", "javax.servlet.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.espejo");
    }

    @Test
    void core_is_a_plain_library_without_spring_vaadin_jpa_or_servlets() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void text_depends_on_nothing_else_of_ours() {
        noClasses().that().resideInAPackage("org.espejo.text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.espejo.ingest..", "org.espejo.language..", "org.espejo.align..", "org.espejo.check..",
                        "org.espejo.exchange..", "org.espejo.workspace..", "org.espejo.ui..", "org.espejo.cli..")
                .check(classes);
    }

    @Test
    void ingest_language_and_align_depend_only_on_text() {
        for (String pkg : new String[] {"ingest", "language", "align"}) {
            noClasses().that().resideInAPackage("org.espejo." + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherCoreThan(pkg, "text"))
                    .check(classes);
        }
    }

    @Test
    void check_and_exchange_depend_only_on_text_align_and_language_values() {
        noClasses().that().resideInAnyPackage("org.espejo.check..", "org.espejo.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.espejo.ingest..", "org.espejo.workspace..", "org.espejo.ui..", "org.espejo.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void tika_stays_inside_ingest() {
        noClasses().that().resideOutsideOfPackage("org.espejo.ingest..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.tika..")
                .check(classes);
    }

    @Test
    void lingua_stays_inside_language() {
        noClasses().that().resideOutsideOfPackage("org.espejo.language..")
                .should().dependOnClassesThat().resideInAPackage("com.github.pemistahl..")
                .check(classes);
    }

    @Test
    void ui_uses_services_never_repositories_or_entities() {
        ArchRule noRepositories = noClasses().that().resideInAPackage("org.espejo.ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..");
        noRepositories.check(classes);
    }

    @Test
    void ui_uses_the_workspace_not_the_core_engines() {
        noClasses().that().resideInAPackage("org.espejo.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.espejo.ingest..", "org.espejo.language..", "org.espejo.align..", "org.espejo.cli..")
                .check(classes);
    }

    @Test
    void nothing_depends_on_ui_or_cli() {
        noClasses().that().resideOutsideOfPackages("org.espejo.ui..")
                .and().doNotHaveFullyQualifiedName("org.espejo.Espejo")
                .should().dependOnClassesThat().resideInAPackage("org.espejo.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.espejo.cli..")
                .and().doNotHaveFullyQualifiedName("org.espejo.Espejo")
                .should().dependOnClassesThat().resideInAPackage("org.espejo.cli..")
                .check(classes);
    }

    @Test
    void repositories_and_entities_stay_package_private_in_the_workspace() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAPackage("org.espejo.workspace..")
                .andShould().notBePublic()
                .check(classes);
    }

    @Test
    void packages_have_no_cycles() {
        slices().matching("org.espejo.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static String[] otherCoreThan(String self, String allowed) {
        return java.util.Arrays.stream(CORE)
                .filter(p -> !p.equals("org.espejo." + self + "..") && !p.equals("org.espejo." + allowed + ".."))
                .toArray(String[]::new);
    }
}
