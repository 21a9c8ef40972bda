package no.ks.ledergaloppen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.ideas.IdeaInfo;
import no.ks.ledergaloppen.ideas.IdeaService;
import no.ks.ledergaloppen.ideas.IdeaSort;
import no.ks.ledergaloppen.ideas.IdeaState;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ServiceTest
class DemoIdeasTest {

    @Autowired IdeaService ideas;
    @Autowired CaseService cases;
    @Autowired TestLogin login;

    @Test
    void every_pilot_municipality_has_a_handful_of_ideas_in_different_states_and_one_became_a_case() {
        login.as("kari");
        List<IdeaInfo> all = ideas.list(IdeaSort.NEWEST, Set.of(), PageRequest.of(0, 100)).getContent();
        Map<String, List<IdeaInfo>> byMunicipality = all.stream().collect(Collectors.groupingBy(IdeaInfo::municipalityName));
        assertThat(byMunicipality).containsOnlyKeys("Haugesund kommune", "Kvam herad", "Tysvær kommune", "Voss herad",
                "Klepp kommune");
        byMunicipality.forEach((m, list) -> {
            assertThat(list).as(m).hasSizeBetween(3, 6);
            assertThat(list.stream().map(IdeaInfo::state).distinct()).as(m).hasSizeGreaterThanOrEqualTo(3);
        });
        assertThat(all).filteredOn(i -> i.state() == IdeaState.REJECTED).allSatisfy(i -> assertThat(i.reason()).isNotBlank());
        assertThat(all).anySatisfy(i -> assertThat(i.supporters()).isGreaterThanOrEqualTo(3));
        assertThat(all).anySatisfy(i -> assertThat(i.comments()).isPositive());

        List<IdeaInfo> becameCase = all.stream().filter(i -> i.state() == IdeaState.BECAME_CASE).toList();
        assertThat(becameCase).hasSize(1);
        var made = cases.details(becameCase.getFirst().newCaseId());
        assertThat(made.summary().phase()).isEqualTo(Phase.ANCHORING);
        assertThat(made.summary().title()).isEqualTo(becameCase.getFirst().title());
        assertThat(ideas.origin(made.summary().id())).isPresent();
    }

    @Test
    void a_participant_sees_their_own_and_the_shared_cases_ideas_but_not_another_municipalitys_private_ones() {
        login.as("ola");
        Set<String> seen = ideas.list(IdeaSort.NEWEST, Set.of(), PageRequest.of(0, 100)).stream()
                .map(IdeaInfo::municipalityName).collect(Collectors.toSet());
        assertThat(seen).contains("Haugesund kommune", "Voss herad", "Klepp kommune")
                .doesNotContain("Kvam herad", "Tysvær kommune");
    }
}
