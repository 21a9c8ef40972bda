package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.base.ui.NotFoundView;
import no.ks.ledergaloppen.ideas.IdeaDraft;
import no.ks.ledergaloppen.ideas.IdeaInfo;
import no.ks.ledergaloppen.ideas.IdeaService;
import no.ks.ledergaloppen.ideas.IdeaSort;
import no.ks.ledergaloppen.ideas.IdeaState;
import no.ks.ledergaloppen.innovationcase.CaseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class IdeasUiTest extends KaribuTest {

    @Autowired
    IdeaService ideas;
    @Autowired
    CaseService cases;
    @Autowired
    TestCases demo;

    private IdeaInfo newest() {
        return ideas.list(IdeaSort.NEWEST, Set.of(), PageRequest.of(0, 1)).getContent().getFirst();
    }

    private String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void a_participant_posts_an_idea_a_colleague_supports_it_and_the_group_makes_it_a_case_that_links_back() {
        login("ola");
        navigate("ideas");
        _get(TextField.class, spec -> spec.withId("idea-title")).setValue("Felles nøkkelboks for hjemmetjenesten");
        _get(TextField.class, spec -> spec.withId("idea-improves")).setValue("Ingen leter etter nøkler om natten");
        _get(TextField.class, spec -> spec.withId("idea-helps")).setValue("Nattpatruljen");
        _click(_get(Button.class, spec -> spec.withId("post-idea")));
        IdeaInfo posted = newest();
        assertThat(posted.title()).isEqualTo("Felles nøkkelboks for hjemmetjenesten");
        assertThat(_get(Div.class, spec -> spec.withId("idea-" + posted.id())).getElement().getTextRecursively())
                .contains("Felles nøkkelboks for hjemmetjenesten", "Ny", "Ola Haugland", "23.11.2026");
        assertThat(_get(TextField.class, spec -> spec.withId("idea-title")).getValue()).isEmpty();

        login("marte");
        navigate("ideas");
        Button support = _get(Button.class, spec -> spec.withId("support-" + posted.id()));
        assertThat(support.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(support);
        assertThat(support.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(support.getText()).isEqualTo("Støtt (1)");

        login("per");
        navigate("ideas/" + posted.id());
        _click(_get(Button.class, spec -> spec.withId("make-case")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("make-case-confirm")));
        long newCase = ideas.details(posted.id()).idea().newCaseId();
        assertThat(path()).isEqualTo("cases/" + newCase);
        assertThat(cases.details(newCase).fields().needStatement())
                .isEqualTo("Ingen leter etter nøkler om natten\n\nNattpatruljen");
        Anchor origin = _get(Anchor.class, spec -> spec.withId("idea-origin"));
        assertThat(origin.getText()).isEqualTo("Fra idébanken: Felles nøkkelboks for hjemmetjenesten");
        assertThat(origin.getHref()).isEqualTo("ideas/" + posted.id());

        navigate("ideas/" + posted.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("idea-case-link")).getHref()).isEqualTo("cases/" + newCase);
        _assertNone(Button.class, spec -> spec.withId("make-case"));
    }

    @Test
    void a_rejection_without_a_reason_shows_the_message_under_the_field_and_the_idea_stays_new() {
        login("ola");
        long id = ideas.post(demo.idOf("Haugesund kommune"), new IdeaDraft("Fruktkurv på møterommet", null, null));
        navigate("ideas/" + id);
        _click(_get(Button.class, spec -> spec.withId("triage-REJECTED")));
        _click(_get(Button.class, spec -> spec.withId("confirm-reject")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reject-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv hvorfor idéen avvises, så den som foreslo den forstår hvorfor.");
        assertThat(ideas.details(id).idea().state()).isEqualTo(IdeaState.NEW);

        reason.setValue("Det er ikke penger til det i år.");
        _click(_get(Button.class, spec -> spec.withId("confirm-reject")));
        assertThat(ideas.details(id).idea().state()).isEqualTo(IdeaState.REJECTED);
        assertThat(_get(Div.class, spec -> spec.withId("idea-comments")).getParent().orElseThrow().getElement()
                .getTextRecursively()).contains("Avvist", "Det er ikke penger til det i år.");
    }

    @Test
    void the_idea_bank_opens_for_participants_facilitators_and_administrators_but_a_private_cases_idea_stays_hidden() {
        login("sigrid");
        long kvamIdea = ideas.post(demo.idOf("Kvam herad"), new IdeaDraft("Felles bil for heimetenesta", null, null));
        for (String user : new String[] {"ola", "kari", "admin", "sigrid"}) {
            login(user);
            navigate("ideas");
            _assertOne(Div.class, spec -> spec.withId("ideas"));
        }
        navigate("ideas/" + kvamIdea);
        assertThat(_get(H2.class, spec -> spec.withId("idea-heading")).getText()).isEqualTo("Felles bil for heimetenesta");
        login("kari");
        navigate("ideas/" + kvamIdea);
        _assertOne(Button.class, spec -> spec.withId("support-" + kvamIdea));
        _assertNone(Div.class, spec -> spec.withId("idea-triage"));

        login("ola");
        navigate("ideas");
        _assertNone(Div.class, spec -> spec.withId("idea-" + kvamIdea));
        navigate("ideas/" + kvamIdea);
        _assertOne(NotFoundView.class);
    }

    @Test
    void a_facilitator_with_cases_to_choose_from_picks_the_case_and_sees_an_empty_state_that_says_what_to_do() {
        login("jon");
        navigate("ideas");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ideas-empty")).getText())
                .isEqualTo("Ingen idéer ennå. Skriv den første i skjemaet over: en tittel er nok.");
        assertThat(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("idea-case")).isVisible())
                .isTrue();
    }
}
