package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ks.ledergaloppen.ui.CaseWorkspaceUiTest.openTab;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.JournalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LearningUiTest extends KaribuTest {

    @Autowired
    TestCases demo;
    @Autowired
    BltService blt;
    @Autowired
    JournalService journal;

    @Test
    @SuppressWarnings("unchecked")
    void participant_records_a_blt_round_and_a_decision_without_a_result_keeps_the_dialog_and_the_text() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        int before = blt.rounds(haugesund).size();
        navigate("cases/" + haugesund);
        openTab("tab-blt");
        _click(_get(Button.class, spec -> spec.withId("new-blt")));
        _get(TextArea.class, spec -> spec.withId("blt-need")).setValue("Pårørende vil sove trygt");
        _get(TextArea.class, spec -> spec.withId("blt-solution")).setValue("Varsling til pårørende på mobil");
        ((RadioButtonGroup<String>) _get(RadioButtonGroup.class, spec -> spec.withId("blt-decision"))).setValue("CONTINUE");
        _click(_get(Button.class, spec -> spec.withId("save-blt")));

        TextArea result = _get(TextArea.class, spec -> spec.withId("blt-result"));
        assertThat(result.isInvalid()).isTrue();
        assertThat(result.getErrorMessage()).isEqualTo("Skriv resultatet av testen før dere tar en beslutning");
        assertThat(_get(TextArea.class, spec -> spec.withId("blt-need")).getValue()).isEqualTo("Pårørende vil sove trygt");
        assertThat(blt.rounds(haugesund)).hasSize(before);

        result.setValue("Åtte av ti pårørende sov bedre");
        _click(_get(Button.class, spec -> spec.withId("save-blt")));
        assertThat(blt.rounds(haugesund)).hasSize(before + 1);
        String card = _get(Div.class, spec -> spec.withId("blt-round-" + (before + 1))).getElement().getTextRecursively();
        assertThat(card).contains("Runde " + (before + 1), "Beslutning: Fortsett", "Åtte av ti pårørende sov bedre",
                "Ola Haugland");
    }

    @Test
    void participant_writes_in_the_journal_facilitator_comments_and_the_participant_sees_the_comment() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund);
        openTab("tab-journal");
        int before = journal.entries(haugesund).size();
        _click(_get(Button.class, spec -> spec.withId("write-journal")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("journal-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Innlegget er tomt. Skriv noe før dere lagrer.");
        assertThat(journal.entries(haugesund)).hasSize(before);

        text.setValue("Nattpatruljen foreslo selv å teste på flere brukere.");
        _click(_get(Button.class, spec -> spec.withId("write-journal")));
        assertThat(journal.entries(haugesund)).hasSize(before + 1);
        assertThat(text.getValue()).isEmpty();
        long entry = journal.entries(haugesund).getFirst().id();
        assertThat(_get(Div.class, spec -> spec.withId("journal-entries")).getElement().getTextRecursively())
                .contains("Nattpatruljen foreslo selv å teste på flere brukere.", "Ola Haugland");
        _assertNone(Button.class, spec -> spec.withId("add-comment-" + entry));

        login("kari");
        navigate("cases/" + haugesund);
        openTab("tab-journal");
        _assertNone(TextArea.class, spec -> spec.withId("journal-text"));
        _get(TextArea.class, spec -> spec.withId("comment-text-" + entry)).setValue("Flott, del dette på samlingen.");
        _click(_get(Button.class, spec -> spec.withId("add-comment-" + entry)));

        login("marte");
        navigate("cases/" + haugesund);
        openTab("tab-journal");
        assertThat(_get(Div.class, spec -> spec.withId("journal-entry-" + entry)).getElement().getTextRecursively())
                .contains("Kommentar fra Kari Nordmann", "Flott, del dette på samlingen.");
    }

    @Test
    void a_reader_of_a_shared_case_sees_rounds_and_journal_without_edit_controls() {
        long voss = demo.idOf("Voss herad");
        login("ola");
        navigate("cases/" + voss);
        openTab("tab-blt");
        _assertOne(Div.class, spec -> spec.withId("blt-round-1"));
        _assertNone(Button.class, spec -> spec.withId("new-blt"));
        _assertNone(Button.class, spec -> spec.withId("edit-blt-1"));
        openTab("tab-journal");
        assertThat(_get(Div.class, spec -> spec.withId("journal-entries")).getElement().getTextRecursively())
                .contains("Ungdomsrådet tok rollespelet på alvor");
        _assertNone(TextArea.class, spec -> spec.withId("journal-text"));
    }
}
