package no.ks.ledergaloppen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each feature's root package is its public API: entities and repositories ({@code domain}) and views
 * ({@code ui}) stay inside the feature, and features do not depend on each other in a circle.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "no.ks.ledergaloppen";
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
    void services_do_not_depend_on_views() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(ROOT + ".base.."))
                .check(CLASSES);
    }
}
