package io.newsdesk.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of {@code app} (docs/architecture.md), guarded: the top-level packages form no cycle; the web toolkit
 * knows nothing of Newsdesk but the domain and the shared helpers ({@code util}, which know nothing of Newsdesk); the reader site does not know the admin; the importer does not know
 * the site; the composition root ({@code server}) is the only place that wires the site, admin and distribution.
 */
class ArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.newsdesk.app");
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching("io.newsdesk.app.(*)..").should().beFreeOfCycles().check(app);
    }

    @Test
    void theWebToolkitKnowsOnlyTheDomain() {
        noClasses().that().resideInAPackage("io.newsdesk.app.web..")
                .should().dependOnClassesThat(resideInAPackage("io.newsdesk.app..")
                        .and(not(resideInAnyPackage("io.newsdesk.app.web..", "io.newsdesk.app.news..", "io.newsdesk.app.util.."))))
                .check(app);
    }

    @Test
    void theSharedHelpersKnowNothingOfNewsdesk() {
        noClasses().that().resideInAPackage("io.newsdesk.app.util..")
                .should().dependOnClassesThat(resideInAPackage("io.newsdesk.app..").and(not(resideInAPackage("io.newsdesk.app.util.."))))
                .check(app);
    }

    @Test
    void theReaderSiteAndTheToolkitDoNotKnowTheAdmin() {
        noClasses().that().resideInAnyPackage("io.newsdesk.app.site..", "io.newsdesk.app.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.app.admin..", "io.newsdesk.app.server..")
                .check(app);
    }

    @Test
    void theImporterDoesNotKnowTheSite() {
        noClasses().that().resideInAnyPackage("io.newsdesk.app.ingest..", "io.newsdesk.app.fetch..", "io.newsdesk.app.translate..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.app.site..", "io.newsdesk.app.web..",
                        "io.newsdesk.app.admin..", "io.newsdesk.app.server..")
                .check(app);
    }

    @Test
    void onlyTheCompositionRootAndTheCommandLineWireTheServer() {
        noClasses().that().resideOutsideOfPackages("io.newsdesk.app.server..", "io.newsdesk.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.newsdesk.app.server..")
                .check(app);
    }
}
