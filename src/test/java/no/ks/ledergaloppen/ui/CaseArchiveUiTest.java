package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseArchiveUiTest extends KaribuTest {

    @Autowired CohortFixture fixture;
    @Autowired CohortService cohorts;

    @Test
    void an_administrator_opens_an_archived_case_and_sees_that_it_is_archived_and_cannot_be_changed() {
        var b = fixture.cohort("arcui", 1, List.of());
        login("admin");
        cohorts.unenrol(b.cohortId(), b.municipalityIds().getFirst());
        navigate("cases/" + b.caseIds().getFirst());
        assertThat(_get(Span.class, spec -> spec.withId("archived-badge")).getText()).isEqualTo("Arkivert");
        _assertNone(Button.class, spec -> spec.withId("move-phase"));
    }
}
