package no.ks.ledergaloppen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each feature's root package is its public API, together with any small package it publishes on
 * purpose (such as {@code learning.panel}): its entities and repositories ({@code domain}) and its views,
 * forms and dialogs ({@code ui}) are used only inside the feature; another feature reaches a view by its
 * route. {@code base} is the shared kernel every feature may use ({@code base.ui} included) and depends
 * on no feature; the app shell ({@code shell}) is a feature like the others. No two features, {@code base}
 * included, depend on each other in a circle.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "no.ks.ledergaloppen";
    private static final String BASE = "base";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    private static List<String> features() {
        return CLASSES.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + ".") )
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0]).distinct().toList();
    }

    @Test
    void a_features_domain_is_used_only_inside_that_feature() {
        for (String feature : features()) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + ".domain..")
                    .as("only " + feature + " uses " + feature + ".domain")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void a_features_views_are_used_only_inside_that_feature() {
        // base.ui holds the shared building blocks (formats, field errors) every feature uses
        List<ArchRule> rules = features().stream().filter(f -> !f.equals(BASE))
                .map(feature -> (ArchRule) noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                        .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + ".ui..")
                        .as("only " + feature + " uses " + feature + ".ui")
                        .allowEmptyShould(true))
                .toList();
        CompositeArchRule.of(rules).check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature() {
        String[] features = features().stream().filter(f -> !f.equals(BASE)).map(f -> ROOT + "." + f + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + "." + BASE + "..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .check(CLASSES);
    }

    @Test
    void services_do_not_depend_on_views() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .check(CLASSES);
    }
}
