package no.ks.ledergaloppen.innovationcase;

import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.cohort.CohortDraft;
import no.ks.ledergaloppen.cohort.CohortStatus;
import no.ks.ledergaloppen.cohort.MunicipalityDraft;
import no.ks.ledergaloppen.cohort.WrittenStandard;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@ServiceTest
class CaseServiceTest {

    @Autowired
    no.ks.ledergaloppen.cohort.CohortService cohorts;

    @Autowired
    no.ks.ledergaloppen.cohort.MunicipalityService municipalities;

    @Autowired
    PhaseService phases;

    @Autowired
    CaseService cases;
    @Autowired
    TestLogin login;
    @Autowired
    TestCases demo;
    @Autowired
    CaseAuditRepository audits;

    private java.util.List<String> visibleMunicipalities() {
        return cases.page(Pageable.unpaged()).stream().filter(c -> c.cohortName().equals("Pilot i vest"))
                .map(CaseSummary::municipalityName).toList();
    }

    private static CaseFields withNeed(CaseDetails d, String need) {
        CaseFields f = d.fields();
        return new CaseFields(f.title(), need, f.targetGroup(), f.driver(), f.team(), f.anchoring(), f.visibility());
    }

    @Test
    void participant_sees_own_case_first_then_shared_ones_and_never_private_ones_of_others() {
        login.as("ola");
        var visible = visibleMunicipalities();
        assertThat(visible.getFirst()).isEqualTo("Haugesund kommune");
        assertThat(visible).contains("Voss herad", "Klepp kommune").doesNotContain("Kvam herad", "Tysvær kommune");
    }

    @Test
    void participant_cannot_open_another_municipalitys_private_case() {
        long kvam = demo.idOf("Kvam herad");
        login.as("ola");
        assertThatThrownBy(() -> cases.details(kvam)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
    }

    @Test
    void participant_reads_a_shared_case_of_another_municipality_but_cannot_change_it() {
        long voss = demo.idOf("Voss herad");
        login.as("ola");
        CaseDetails details = cases.details(voss);
        assertThat(details.canEdit()).isFalse();
        assertThatThrownBy(() -> cases.update(voss, details.version(), withNeed(details, "Overskrevet")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.details(voss).fields().needStatement()).doesNotContain("Overskrevet");
    }

    @Test
    void facilitator_sees_every_case_of_their_cohorts_and_none_of_others() {
        login.as("kari");
        // Haugesund has two: its programme case and the one it made from an idea
        assertThat(visibleMunicipalities()).containsExactlyInAnyOrder("Haugesund kommune", "Haugesund kommune",
                "Kvam herad", "Tysvær kommune", "Voss herad", "Klepp kommune");
        assertThat(cases.details(demo.idOf("Kvam herad")).canEdit()).isTrue();
        login.as("jon");
        assertThat(visibleMunicipalities()).isEmpty();
    }

    @Test
    void participant_edits_their_own_case_and_an_audit_row_is_written() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        long before = audits.countByCaseIdAndAction(haugesund, "FIELDS");
        CaseDetails details = cases.details(haugesund);
        CaseDetails saved = cases.update(haugesund, details.version(), withNeed(details, "Et nytt behov"));
        assertThat(saved.fields().needStatement()).isEqualTo("Et nytt behov");
        assertThat(saved.updatedBy()).isEqualTo("Ola Haugland");
        assertThat(audits.countByCaseIdAndAction(haugesund, "FIELDS")).isEqualTo(before + 1);
    }

    @Test
    void too_long_need_statement_and_missing_title_are_refused_and_nothing_is_saved() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        CaseDetails details = cases.details(haugesund);
        assertThatThrownBy(() -> cases.update(haugesund, details.version(), withNeed(details, "x".repeat(4001))))
                .hasFieldOrPropertyWithValue("field", "needStatement")
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        CaseFields noTitle = new CaseFields(" ", "behov", null, null, null, null, Visibility.PRIVATE);
        assertThatThrownBy(() -> cases.update(haugesund, details.version(), noTitle))
                .hasFieldOrPropertyWithValue("field", "title");
        CaseFields longTitle = new CaseFields("t".repeat(201), "behov", null, null, null, null, Visibility.PRIVATE);
        assertThatThrownBy(() -> cases.update(haugesund, details.version(), longTitle))
                .hasFieldOrPropertyWithValue("field", "title")
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        assertThat(cases.details(haugesund).fields()).isEqualTo(details.fields());
    }

    @Test
    void second_of_two_simultaneous_edits_is_refused_with_who_and_when_and_keeps_its_text() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("marte");
        CaseDetails readByMarte = cases.details(haugesund);
        login.as("ola");
        CaseDetails readByOla = cases.details(haugesund);
        cases.update(haugesund, readByOla.version(), withNeed(readByOla, "Olas behov"));
        login.as("marte");
        assertThatThrownBy(() -> cases.update(haugesund, readByMarte.version(), withNeed(readByMarte, "Martes behov")))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class, e -> {
                    assertThat(e.args()[0]).isEqualTo("Ola Haugland");
                    assertThat((String) e.args()[1]).matches("\\d\\d:\\d\\d");
                    assertThat(e.yours(CaseFields.class).needStatement()).isEqualTo("Martes behov");
                });
        assertThat(cases.details(haugesund).fields().needStatement()).isEqualTo("Olas behov");
    }

    @Test
    void enrolling_a_municipality_creates_its_case_in_the_anchoring_phase() {
        login.as("admin");
        long cohort = cohorts.create(new CohortDraft("Pilot i Agder", "Agder", java.time.LocalDate.of(2027, 1, 1),
                java.time.LocalDate.of(2027, 12, 31), CohortStatus.PLANNED)).id();
        long arendal = municipalities.create(new MunicipalityDraft("Arendal kommune", "Agder", WrittenStandard.BOKMAL)).id();
        long before = cases.page(Pageable.unpaged()).getTotalElements();

        cohorts.enrol(cohort, arendal);

        assertThat(cases.page(Pageable.unpaged()).getTotalElements()).isEqualTo(before + 1);
        CaseSummary created = cases.page(Pageable.unpaged()).stream().filter(c -> c.cohortId() == cohort)
                .findFirst().orElseThrow();
        assertThat(created.municipalityName()).isEqualTo("Arendal kommune");
        assertThat(created.phase()).isEqualTo(no.ks.ledergaloppen.roadmap.Phase.ANCHORING);
        assertThat(phases.history(created.id())).singleElement()
                .satisfies(m -> assertThat(m.to()).isEqualTo(no.ks.ledergaloppen.roadmap.Phase.ANCHORING));
    }
}
