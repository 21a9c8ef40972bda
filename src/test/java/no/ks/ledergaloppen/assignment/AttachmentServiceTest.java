package no.ks.ledergaloppen.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.gathering.GatheringService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class AttachmentServiceTest {

    @Autowired
    AttachmentService attachments;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    GatheringService gatherings;
    @Autowired
    TestLogin login;
    @Autowired
    CohortFixture fixture;
    @Autowired
    TestClock clock;

    private long give() {
        login.as("kari");
        long gathering = gatherings.mine().stream().filter(g -> g.cohortName().equals("Pilot i vest") && g.number() == 2)
                .findFirst().orElseThrow().id();
        return assignments.create(new AssignmentDraft(gathering, "Legg ved gevinstkartet", "Last opp kartet.", null,
                null, AnswerMode.GROUP)).id();
    }

    /** An assignment of a cohort of the test's own; its one participant is logged in. */
    private long ownAssignmentLoggedIn(String tag) {
        CohortFixture.Built cohort = fixture.cohort(tag, 1, List.of(clock.today().plusDays(14)));
        long id = fixture.assignment(cohort, "Legg ved planen", clock.today().plusDays(13));
        login.as(cohort.participants().getFirst());
        return id;
    }

    private static InputStream pdf(int size) {
        byte[] data = new byte[size];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, data, 0, 9);
        return new ByteArrayInputStream(data);
    }

    private static InputStream docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Test
    void a_pdf_and_a_docx_are_attached_and_the_leader_group_and_once_handed_in_the_facilitator_can_download_them()
            throws IOException {
        long id = give();
        login.as("ola");
        AttachmentInfo pdf = attachments.attach(id, "C:\\Users\\ola\\Gevinstkart.pdf", pdf(2048));
        assertThat(pdf.fileName()).isEqualTo("Gevinstkart.pdf");
        attachments.attach(id, "notat.docx", docx());
        login.as("marte");
        assertThat(attachments.mine(id)).extracting(AttachmentInfo::fileName).containsExactly("Gevinstkart.pdf", "notat.docx");
        assertThat(attachments.download(pdf.id()).contentType()).isEqualTo("application/pdf");
        answers.submit(id, answers.myAnswer(id).version(), "Kartet ligger ved.");
        login.as("kari");
        assertThat(attachments.download(pdf.id()).content()).hasSize(2048);
        login.as("lars");
        assertThatThrownBy(() -> attachments.download(pdf.id()))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.answerNotFound");
    }

    @Test
    void the_files_of_a_draft_are_the_leader_groups_own_until_the_answer_is_handed_in() {
        long id = give();
        login.as("ola");
        AttachmentInfo pdf = attachments.attach(id, "utkast.pdf", pdf(512));
        long answerId = answers.myAnswer(id).id();
        login.as("kari");
        assertThatThrownBy(() -> attachments.of(answerId))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.notHandedIn");
        assertThatThrownBy(() -> attachments.download(pdf.id()))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.notHandedIn");
        login.as("marte");
        assertThat(attachments.of(answerId)).extracting(AttachmentInfo::fileName).containsExactly("utkast.pdf");
    }

    @Test
    void an_eleven_megabyte_file_is_refused_and_nothing_is_stored() {
        long id = give();
        login.as("ola");
        assertThatThrownBy(() -> attachments.attach(id, "stor.pdf", pdf(11 * 1024 * 1024)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.fileTooLarge");
        assertThat(attachments.mine(id)).isEmpty();
    }

    @Test
    void an_exe_renamed_pdf_or_a_file_of_another_type_is_refused_and_nothing_is_stored() {
        long id = give();
        login.as("ola");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> attachments.attach(id, "rapport.pdf", new ByteArrayInputStream(exe)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.fileContent")
                .satisfies(e -> assertThat(((no.ks.ledergaloppen.base.DomainException) e).args()).contains("rapport.pdf"));
        assertThatThrownBy(() -> attachments.attach(id, "program.exe", new ByteArrayInputStream(exe)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.fileType");
        assertThatThrownBy(() -> attachments.attach(id, "falsk.docx", pdf(100)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.fileContent");
        assertThat(attachments.mine(id)).isEmpty();
    }

    @Test
    void a_sixth_file_is_refused_and_a_submitted_answer_takes_no_more_files() {
        long id = give();
        login.as("ola");
        for (int i = 1; i <= 5; i++) {
            attachments.attach(id, "del" + i + ".pdf", pdf(100));
        }
        assertThatThrownBy(() -> attachments.attach(id, "del6.pdf", pdf(100)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.tooManyFiles");
        assertThat(attachments.mine(id)).hasSize(5);
        AnswerView answer = answers.myAnswer(id);
        assertThat(answers.submit(id, answer.version(), "").status()).isEqualTo(AnswerStatus.SUBMITTED);
        long first = attachments.mine(id).getFirst().id();
        assertThatThrownBy(() -> attachments.remove(first)).hasFieldOrPropertyWithValue("messageKey", "assignment.error.locked");
        assertThat(attachments.mine(id)).hasSize(5);
    }

    @Test
    void a_zip_bomb_renamed_docx_is_refused_at_once_with_a_clear_message_and_nothing_is_stored() {
        long id = ownAssignmentLoggedIn("zipbomb");
        byte[] bomb = HandMadeZip.zerosThenWordParts(140); // about 9 MB that unpack to almost 9 GB
        assertThat(bomb.length).isLessThan((int) FileRules.MAX_BYTES);
        long start = System.nanoTime();
        assertThatThrownBy(() -> attachments.attach(id, "sluttrapport.docx", new ByteArrayInputStream(bomb)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.fileUnpacksTooLarge")
                .satisfies(e -> assertThat(((DomainException) e).args()).contains("sluttrapport.docx"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(attachments.mine(id)).isEmpty();
    }

    @Test
    void an_office_file_with_thousands_of_parts_is_refused_and_nothing_is_stored() {
        long id = ownAssignmentLoggedIn("manyparts");
        byte[] crowded = HandMadeZip.manyEntriesThenWordParts(5000);
        assertThatThrownBy(() -> attachments.attach(id, "notat.docx", new ByteArrayInputStream(crowded)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.error.fileContent");
        assertThat(attachments.mine(id)).isEmpty();
    }

    @Test
    void a_real_office_file_made_by_a_zip_library_is_still_taken() throws IOException {
        long id = ownAssignmentLoggedIn("realdocx");
        assertThat(attachments.attach(id, "notat.docx", docx()).fileName()).isEqualTo("notat.docx");
        assertThat(attachments.mine(id)).extracting(AttachmentInfo::fileName).containsExactly("notat.docx");
    }
}
