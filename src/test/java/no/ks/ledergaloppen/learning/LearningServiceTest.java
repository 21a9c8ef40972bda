package no.ks.ledergaloppen.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class LearningServiceTest {

    @Autowired
    no.ks.ledergaloppen.TestClock testClock;

    @Autowired
    BltService blt;
    @Autowired
    JournalService journal;
    @Autowired
    CaseAuditRepository audits;
    @Autowired
    TestLogin login;
    @Autowired
    TestCases demo;

    private static BltDraft started(String need) {
        return new BltDraft(Phase.TESTING, need, "Nattkamera uten bilde", "To uker med fire brukere", null, null, null);
    }

    @Test
    void the_leader_group_starts_a_round_and_completes_it_with_a_decision_and_it_is_audited() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        int before = blt.rounds(haugesund).size();
        long addedBefore = audits.countByCaseIdAndAction(haugesund, "BLT_ADDED");
        long updatedBefore = audits.countByCaseIdAndAction(haugesund, "BLT_UPDATED");
        BltRoundInfo round = blt.add(haugesund, started("Tryggere netter"));
        assertThat(round.number()).isEqualTo(before + 1);
        assertThat(round.open()).isTrue();
        login.as("marte");
        BltRoundInfo done = blt.update(haugesund, round.id(), round.version(), new BltDraft(Phase.TESTING,
                "Tryggere netter", "Nattkamera uten bilde", "To uker", "Færre besøk", "Det virker", Decision.CONTINUE));
        assertThat(done.decision()).isEqualTo(Decision.CONTINUE);
        assertThat(done.updatedBy()).isEqualTo("Marte Solheim");
        assertThat(blt.rounds(haugesund).getFirst().number()).isEqualTo(round.number());
        assertThat(audits.countByCaseIdAndAction(haugesund, "BLT_ADDED")).isEqualTo(addedBefore + 1);
        assertThat(audits.countByCaseIdAndAction(haugesund, "BLT_UPDATED")).isEqualTo(updatedBefore + 1);
    }

    @Test
    void a_decision_without_a_result_or_a_round_without_a_need_is_refused_and_nothing_is_saved() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        int before = blt.rounds(haugesund).size();
        assertThatThrownBy(() -> blt.add(haugesund, new BltDraft(null, "Behov", "Løsning", null, " ", null, Decision.STOP)))
                .hasFieldOrPropertyWithValue("field", "result")
                .hasFieldOrPropertyWithValue("messageKey", "blt.error.decisionNeedsResult");
        assertThatThrownBy(() -> blt.add(haugesund, started("   ")))
                .hasFieldOrPropertyWithValue("field", "need")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> blt.add(haugesund, started("x".repeat(2001))))
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        assertThat(blt.rounds(haugesund)).hasSize(before);
    }

    @Test
    void a_stale_round_is_not_overwritten_and_the_message_names_who_changed_it() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        BltRoundInfo round = blt.add(haugesund, started("Tryggere netter"));
        blt.update(haugesund, round.id(), round.version(), started("Tryggere netter for pårørende"));
        login.as("marte");
        assertThatThrownBy(() -> blt.update(haugesund, round.id(), round.version(), started("Marte sin versjon")))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "blt.error.changedMeanwhile")
                .satisfies(e -> assertThat(((DomainException) e).args()).contains("Ola Haugland"));
        assertThat(blt.rounds(haugesund).stream().filter(r -> r.id() == round.id()).findFirst().orElseThrow().need())
                .isEqualTo("Tryggere netter for pårørende");
    }

    @Test
    void another_municipality_reads_shared_rounds_but_cannot_add_and_does_not_find_private_ones() {
        long voss = demo.idOf("Voss herad");
        long kvam = demo.idOf("Kvam herad");
        login.as("ola");
        assertThat(blt.rounds(voss)).isNotEmpty();
        assertThatThrownBy(() -> blt.add(voss, started("Fremmed runde"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> blt.rounds(kvam)).hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
        assertThatThrownBy(() -> journal.entries(kvam)).hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
        login.as("jon");
        assertThatThrownBy(() -> blt.rounds(kvam)).hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
    }

    @Test
    void only_the_leader_group_writes_in_the_journal_and_only_facilitators_comment() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        long entry = journal.write(haugesund, LocalDate.of(2019, 4, 2), "Vi lærte at nattpatruljen må være med fra start.");
        assertThat(journal.canComment(haugesund)).isFalse();
        assertThatThrownBy(() -> journal.comment(entry, "Bra!")).isInstanceOf(AccessDeniedException.class);
        login.as("kari");
        assertThat(journal.canWrite(haugesund)).isFalse();
        assertThatThrownBy(() -> journal.write(haugesund, LocalDate.of(2019, 4, 2), "Fasilitatoren skriver"))
                .isInstanceOf(AccessDeniedException.class);
        long commentedBefore = audits.countByCaseIdAndAction(haugesund, "JOURNAL_COMMENTED");
        journal.comment(entry, "Ta dette med til neste samling.");
        login.as("lars");
        assertThatThrownBy(() -> journal.write(haugesund, LocalDate.of(2019, 4, 2), "Tysvær skriver"))
                .isInstanceOf(AccessDeniedException.class);
        login.as("marte");
        JournalEntryInfo info = journal.entries(haugesund).stream().filter(e -> e.id() == entry).findFirst().orElseThrow();
        assertThat(info.author()).isEqualTo("Ola Haugland");
        assertThat(info.comments()).extracting(JournalEntryInfo.Comment::text).containsExactly("Ta dette med til neste samling.");
        assertThat(info.comments().getFirst().author()).isEqualTo("Kari Nordmann");
        assertThat(audits.countByCaseIdAndAction(haugesund, "JOURNAL_COMMENTED")).isEqualTo(commentedBefore + 1);
    }

    @Test
    void an_empty_entry_or_comment_or_a_future_date_is_refused_and_nothing_is_saved() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        int before = journal.entries(haugesund).size();
        assertThatThrownBy(() -> journal.write(haugesund, LocalDate.of(2019, 4, 2), "  \n "))
                .hasFieldOrPropertyWithValue("field", "text")
                .hasFieldOrPropertyWithValue("messageKey", "journal.error.empty");
        assertThatThrownBy(() -> journal.write(haugesund, testClock.today().plusDays(2), "I morgen"))
                .hasFieldOrPropertyWithValue("messageKey", "journal.error.future");
        assertThatThrownBy(() -> journal.write(haugesund, LocalDate.of(2019, 4, 2), "x".repeat(4001)))
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        assertThat(journal.entries(haugesund)).hasSize(before);
        long entry = journal.entries(haugesund).getFirst().id();
        int comments = journal.entries(haugesund).getFirst().comments().size();
        login.as("kari");
        assertThatThrownBy(() -> journal.comment(entry, " "))
                .hasFieldOrPropertyWithValue("messageKey", "journal.error.emptyComment");
        assertThat(journal.entries(haugesund).getFirst().comments()).hasSize(comments);
    }

    @Test
    void the_demo_cases_have_rounds_in_every_state_and_kvam_stepped_back() {
        login.as("kari");
        BltRoundInfo kvamFirst = blt.rounds(demo.idOf("Kvam herad")).getLast();
        assertThat(kvamFirst.decision()).isEqualTo(Decision.STEP_BACK);
        assertThat(blt.rounds(demo.idOf("Haugesund kommune")).getFirst().open()).isTrue();
        assertThat(journal.entries(demo.idOf("Haugesund kommune"))).anyMatch(e -> !e.comments().isEmpty());
    }
}
