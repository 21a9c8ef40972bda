package no.ks.ledergaloppen.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class AssessmentServiceTest {

    @Autowired
    no.ks.ledergaloppen.TestClock testClock;

    @Autowired
    AssessmentService assessments;
    @Autowired
    TestLogin login;
    @Autowired
    TestCases demo;

    private AssessmentDraft draft(int need, int solution, int driver, int team, int anchoring) {
        Map<Foundation, Integer> s = new EnumMap<>(Foundation.class);
        s.put(Foundation.NEED, need);
        s.put(Foundation.SOLUTION_VALUE, solution);
        s.put(Foundation.DRIVER, driver);
        s.put(Foundation.TEAM, team);
        s.put(Foundation.ANCHORING, anchoring);
        return new AssessmentDraft(testClock.today(), s, Map.of(Foundation.DRIVER, "Pådriveren har sluttet"));
    }

    @Test
    void the_result_is_the_product_of_the_five_scores() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        Assessment a = assessments.record(haugesund, draft(5, 5, 5, 5, 5));
        assertThat(a.product()).isEqualTo(3125);
        assertThat(a.percentage()).isEqualTo(100.0);
        Assessment b = assessments.record(haugesund, draft(4, 4, 4, 4, 4));
        assertThat(b.product()).isEqualTo(1024);
        assertThat(b.percentage()).isCloseTo(32.77, org.assertj.core.data.Offset.offset(0.01));
        assertThat(b.zeros()).isEmpty();
    }

    @Test
    void one_zero_makes_the_whole_result_zero_and_names_the_foundation() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        Assessment a = assessments.record(haugesund, draft(5, 5, 0, 5, 5));
        assertThat(a.product()).isZero();
        assertThat(a.percentage()).isZero();
        assertThat(a.zeros()).containsExactly(Foundation.DRIVER);
        assertThat(assessments.latest(haugesund).orElseThrow().comments())
                .containsEntry(Foundation.DRIVER, "Pådriveren har sluttet");
    }

    @Test
    void a_score_outside_zero_to_five_or_missing_is_refused_and_nothing_is_saved() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        int before = assessments.history(haugesund).size();
        assertThatThrownBy(() -> assessments.record(haugesund, draft(6, 3, 3, 3, 3)))
                .hasFieldOrPropertyWithValue("field", "score.NEED")
                .hasFieldOrPropertyWithValue("messageKey", "assessment.error.scoreRange");
        assertThatThrownBy(() -> assessments.record(haugesund, draft(3, -1, 3, 3, 3)))
                .hasFieldOrPropertyWithValue("field", "score.SOLUTION_VALUE");
        AssessmentDraft missing = new AssessmentDraft(LocalDate.of(2019, 5, 2), Map.of(Foundation.NEED, 3), Map.of());
        assertThatThrownBy(() -> assessments.record(haugesund, missing))
                .hasFieldOrPropertyWithValue("messageKey", "assessment.error.scoreMissing");
        assertThat(assessments.history(haugesund)).hasSize(before);
    }

    @Test
    void history_comes_oldest_first_with_who_assessed() {
        long voss = demo.idOf("Voss herad");
        login.as("ingrid");
        var history = assessments.history(voss);
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().assessedOn()).isBefore(history.getLast().assessedOn());
        assertThat(history.getFirst().product()).isZero();
        assertThat(history.getFirst().assessedBy()).isEqualTo("Ingrid Vik");
    }

    @Test
    void only_the_municipalitys_own_leader_group_and_facilitators_record_assessments() {
        long voss = demo.idOf("Voss herad");
        long kvam = demo.idOf("Kvam herad");
        login.as("ola");
        assertThat(assessments.history(voss)).isNotEmpty();
        assertThatThrownBy(() -> assessments.record(voss, draft(3, 3, 3, 3, 3))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.history(kvam))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
        login.as("kari");
        assertThat(assessments.record(voss, draft(3, 3, 3, 3, 3)).product()).isEqualTo(243);
    }
}
