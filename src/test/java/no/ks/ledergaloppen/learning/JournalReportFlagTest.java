package no.ks.ledergaloppen.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.Visibility;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "Ta med i rapporten": the case's own leader group decides which journal entries its report shows. */
@ServiceTest
class JournalReportFlagTest {

    @Autowired
    JournalService journal;
    @Autowired
    CaseService cases;
    @Autowired
    CaseAuditRepository audits;
    @Autowired
    TestLogin login;
    @Autowired
    TestCases demo;

    private boolean marked(long caseId, long entryId) {
        return journal.entries(caseId).stream().filter(e -> e.id() == entryId).findFirst().orElseThrow().inReport();
    }

    private void share(long caseId) {
        CaseDetails d = cases.details(caseId);
        CaseFields f = d.fields();
        cases.update(caseId, d.version(), new CaseFields(f.title(), f.needStatement(), f.targetGroup(), f.driver(),
                f.team(), f.anchoring(), Visibility.COHORT));
    }

    @Test
    void a_member_of_the_leader_group_marks_an_entry_for_the_report_and_takes_it_out_again_audited() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        long entry = journal.write(haugesund, LocalDate.of(2026, 11, 2), "Dette bør kommunestyret vite.");
        assertThat(marked(haugesund, entry)).isFalse();
        long before = audits.countByCaseIdAndAction(haugesund, "JOURNAL_IN_REPORT");

        login.as("marte");
        journal.includeInReport(entry, true);
        journal.includeInReport(entry, true);
        assertThat(marked(haugesund, entry)).isTrue();
        assertThat(journal.reportEntries(haugesund)).extracting(JournalEntryInfo::id).contains(entry);
        journal.includeInReport(entry, false);
        assertThat(journal.reportEntries(haugesund)).extracting(JournalEntryInfo::id).doesNotContain(entry);
        assertThat(audits.countByCaseIdAndAction(haugesund, "JOURNAL_IN_REPORT")).isEqualTo(before + 2);
    }

    @Test
    void an_entry_written_for_the_report_is_marked_from_the_start() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        long entry = journal.write(haugesund, LocalDate.of(2026, 11, 2), "Med i rapporten fra start.", true);
        assertThat(marked(haugesund, entry)).isTrue();
    }

    @Test
    void a_facilitator_and_another_municipality_reading_the_shared_case_cannot_mark_an_entry() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        share(haugesund);
        long entry = journal.write(haugesund, LocalDate.of(2026, 11, 2), "Bare ledergruppen velger.");

        login.as("kari");
        assertThatThrownBy(() -> journal.includeInReport(entry, true)).isInstanceOf(AccessDeniedException.class);
        login.as("lars");
        assertThat(journal.entries(haugesund)).extracting(JournalEntryInfo::id).contains(entry);
        assertThatThrownBy(() -> journal.includeInReport(entry, true)).isInstanceOf(AccessDeniedException.class);

        login.as("ola");
        assertThat(marked(haugesund, entry)).isFalse();
    }
}
