package no.ks.ledergaloppen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.innovationcase.CaseCompletionService;
import no.ks.ledergaloppen.innovationcase.PortfolioRow;
import no.ks.ledergaloppen.innovationcase.PortfolioService;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

@ServiceTest
class DemoPortfolioTest {

    @Autowired PortfolioService portfolio;
    @Autowired CaseCompletionService completions;
    @Autowired TestLogin login;

    @Test
    void haugesund_works_two_cases_the_one_made_from_an_idea_second_in_its_order() {
        login.as("ola");
        List<PortfolioRow> own = portfolio.own();
        assertThat(own).hasSize(2);
        assertThat(own.getFirst().summary().title()).isEqualTo("Trygg hjemme med digitalt tilsyn");
        assertThat(own.get(1).summary().phase()).isEqualTo(Phase.ANCHORING);
        assertThat(own.getFirst().benefits().indicators()).isBetween(2, 4);
        assertThat(own.get(1).benefits().indicators()).isZero();
    }

    @Test
    void the_pre_pilot_has_two_cases_in_operations_put_to_use_and_one_of_them_finished() {
        login.as("jon");
        List<PortfolioRow> operations = portfolio.others(Pageable.unpaged()).stream()
                .filter(r -> r.summary().phase() == Phase.OPERATIONS).toList();
        assertThat(operations).extracting(r -> r.summary().municipalityName())
                .containsExactlyInAnyOrder("Hvaler kommune", "Råde kommune");
        assertThat(operations).allSatisfy(r -> assertThat(completions.completion(r.id()).inUse()).isTrue());
        assertThat(operations).filteredOn(r -> r.summary().finished()).extracting(r -> r.summary().municipalityName())
                .containsExactly("Hvaler kommune");
    }
}
