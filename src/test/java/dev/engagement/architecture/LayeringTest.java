package dev.engagement.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the packages, as the README's Development section describes it: data flows one
 * way, the contract's rules depend on nothing of ours, the HTTP layer knows nothing of commands,
 * wiring, output or the sandbox, and the sandbox shares only the contract with the client.
 */
@AnalyzeClasses(packages = "dev.engagement", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dev.engagement.cli..")
            .layer("app").definedBy("dev.engagement.app..")
            .layer("config").definedBy("dev.engagement.config..")
            .layer("console").definedBy("dev.engagement.console..")
            .layer("input").definedBy("dev.engagement.input..")
            .layer("plan").definedBy("dev.engagement.plan..")
            .layer("journal").definedBy("dev.engagement.journal..")
            .layer("fetch").definedBy("dev.engagement.fetch..")
            .layer("http").definedBy("dev.engagement.http..")
            .layer("merge").definedBy("dev.engagement.merge..")
            .layer("store").definedBy("dev.engagement.store..")
            .layer("output").definedBy("dev.engagement.output..")
            .layer("report").definedBy("dev.engagement.report..")
            .layer("sandbox").definedBy("dev.engagement.sandbox..")
            .layer("owners").definedBy("dev.engagement.owners..")
            .layer("html").definedBy("dev.engagement.html..")
            .layer("api").definedBy("dev.engagement.api..")
            .layer("json").definedBy("dev.engagement.json..")
            .layer("words").definedBy("dev.engagement")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("sandbox").mayOnlyBeAccessedByLayers("cli", "app")
            .whereLayer("config").mayOnlyBeAccessedByLayers("cli", "app")
            .whereLayer("console").mayOnlyBeAccessedByLayers("cli", "app", "config")
            .whereLayer("input").mayOnlyBeAccessedByLayers("cli", "app", "journal")
            .whereLayer("journal").mayOnlyBeAccessedByLayers("app")
            .whereLayer("fetch").mayOnlyBeAccessedByLayers("app", "journal")
            .whereLayer("http").mayOnlyBeAccessedByLayers("cli", "app", "fetch")
            .whereLayer("output").mayOnlyBeAccessedByLayers("cli", "app", "report")
            .whereLayer("owners").mayOnlyBeAccessedByLayers("app", "fetch", "store")
            .whereLayer("report").mayOnlyBeAccessedByLayers("app")
            .whereLayer("html").mayOnlyBeAccessedByLayers("cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("cli", "app")
            .whereLayer("merge").mayOnlyBeAccessedByLayers("app", "fetch", "output", "journal", "html", "store")
            .whereLayer("plan").mayOnlyBeAccessedByLayers("cli", "app", "fetch", "journal")
            .whereLayer("json").mayOnlyBeAccessedByLayers("journal", "output");

    /** The contract's rules and wire model depend on no other package of ours. */
    @ArchTest
    static final ArchRule API_STANDS_ALONE = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
            .that().resideInAPackage("dev.engagement.api..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.engagement", "dev.engagement.cli..",
                    "dev.engagement.app..", "dev.engagement.config..", "dev.engagement.console..",
                    "dev.engagement.input..", "dev.engagement.plan..", "dev.engagement.fetch..", "dev.engagement.http..",
                    "dev.engagement.merge..", "dev.engagement.output..", "dev.engagement.sandbox..",
                    "dev.engagement.journal..", "dev.engagement.owners..", "dev.engagement.report..", "dev.engagement.html..", "dev.engagement.store..");

    /** The sandbox shares only the contract with the client: no error type, no helper of the client's. */
    @ArchTest
    static final ArchRule SANDBOX_SHARES_ONLY_THE_CONTRACT = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .noClasses().that().resideInAPackage("dev.engagement.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.engagement", "dev.engagement.cli..",
                    "dev.engagement.app..", "dev.engagement.config..", "dev.engagement.console..",
                    "dev.engagement.input..", "dev.engagement.plan..", "dev.engagement.fetch..", "dev.engagement.http..",
                    "dev.engagement.merge..", "dev.engagement.output..", "dev.engagement.journal..",
                    "dev.engagement.owners..", "dev.engagement.report..", "dev.engagement.html..", "dev.engagement.store..");

    /** Reports draw a result: they know the contract's words and the merged result, nothing of fetching or files. */
    @ArchTest
    static final ArchRule REPORT_DRAWS_ONLY_THE_RESULT = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .noClasses().that().resideInAPackage("dev.engagement.html..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.engagement.cli..", "dev.engagement.app..",
                    "dev.engagement.config..", "dev.engagement.console..", "dev.engagement.input..",
                    "dev.engagement.plan..", "dev.engagement.fetch..", "dev.engagement.http..", "dev.engagement.output..",
                    "dev.engagement.sandbox..", "dev.engagement.journal..", "dev.engagement.owners..", "dev.engagement.report..",
                    "dev.engagement.store..");

    @ArchTest
    static final ArchRule NO_CYCLES = slices().matching("dev.engagement.(*)..").should().beFreeOfCycles();
}
