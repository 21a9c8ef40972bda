package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.innovationcase.PortfolioRow;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PortfolioUiTest extends KaribuTest {

    @Autowired TestCases demo;
    @Autowired CaseService cases;
    @Autowired PhaseService phases;
    @Autowired TestClock clock;

    /** The own cases as the numbered list shows them, top first (ids). */
    private static List<String> ownOrder() {
        return _get(OrderedList.class, spec -> spec.withId("own-cases")).getChildren()
                .map(item -> item.getId().orElseThrow()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> sharedMunicipalities() {
        Grid<PortfolioRow> grid = _get(Grid.class, spec -> spec.withId("shared-cases"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).summary().municipalityName())
                .toList();
    }

    @Test
    void a_participant_moves_a_case_down_on_the_portfolio_and_sees_the_new_order_after_a_reload() {
        long haugesundId = demo.idOf("Haugesund kommune");
        login("ola");
        CaseSummary haugesund = cases.details(haugesundId).summary();
        cases.create(haugesund.cohortId(), haugesund.municipalityId(), "Innbyggerdialog på nett");
        navigate("cases");
        List<String> before = ownOrder();
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);
        String first = before.get(0);
        Button down = _get(Button.class, spec -> spec.withId(first.replace("own-case-", "move-down-")));
        assertThat(down.getElement().getAttribute("aria-label")).startsWith("Flytt «").endsWith("» ned");

        _click(down);
        reload();

        List<String> after = ownOrder();
        assertThat(after.get(0)).isEqualTo(before.get(1));
        assertThat(after.get(1)).isEqualTo(first);
        assertThat(_get(Button.class, spec -> spec.withId(after.get(0).replace("own-case-", "move-up-"))).isEnabled())
                .isFalse();
    }

    @Test
    void a_participant_sees_only_their_own_cases_and_those_shared_with_them() {
        login("ola");
        navigate("cases");
        String own = _get(OrderedList.class, spec -> spec.withId("own-cases")).getElement().getTextRecursively();
        assertThat(own).contains("Trygg hjemme med digitalt tilsyn", "dager i fasen", "indikatorer:", "i rute",
                "Ingen indikatorer ennå");
        assertThat(sharedMunicipalities()).contains("Voss herad", "Klepp kommune")
                .doesNotContain("Kvam herad", "Tysvær kommune", "Haugesund kommune");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_facilitator_sees_every_case_of_their_cohorts_without_a_new_case_button() {
        login("kari");
        navigate("cases");
        Grid<PortfolioRow> grid = _get(Grid.class, spec -> spec.withId("cases"));
        List<String> municipalities = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).summary().municipalityName()).toList();
        assertThat(municipalities).contains("Haugesund kommune", "Kvam herad", "Tysvær kommune", "Giske kommune");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("new-case")))
                .isEmpty();
    }

    @Test
    void finishing_asks_for_put_to_use_first_and_then_shows_the_finished_badge() {
        long voss = demo.idOf("Voss herad");
        login("kari");
        phases.move(voss, Phase.OPERATIONS, "Tjenesten er i drift", true);
        login("ingrid");
        navigate("cases/" + voss);
        _assertOne(Button.class, spec -> spec.withId("move-phase"));

        _click(_get(Button.class, spec -> spec.withId("finish-case")));
        expectNotifications("Saka kan ikkje avsluttast før de har registrert at den nye praksisen er teken i bruk"
                + " (under Nyttiggjort i oversikta)");

        _get(DatePicker.class, spec -> spec.withId("in-use-since")).setValue(clock.today().minusDays(10));
        _get(TextArea.class, spec -> spec.withId("in-use-by")).setValue("Heimetenesta i Voss sentrum");
        _click(_get(Button.class, spec -> spec.withId("save-in-use")));
        _click(_get(Button.class, spec -> spec.withId("finish-case")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("finish-case-confirm")));

        Component badge = _get(Span.class, spec -> spec.withId("finished-badge"));
        assertThat(badge.getElement().getText()).isEqualTo("Fullført");
        assertThat(_get(Button.class, spec -> spec.withId("reopen-case")).isVisible()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("move-phase"));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("muted"))).isNotEmpty()
                .noneMatch(p -> p.getText().contains("i fasen"));

        navigate("cases");
        String row = _get(ListItem.class, spec -> spec.withId("own-case-" + voss)).getElement().getTextRecursively();
        assertThat(row).contains("Fullført").doesNotContain("i fasen");
    }
}
