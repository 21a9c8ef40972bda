package no.ks.ledergaloppen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.security.CreatedUser;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;

/** Logins, users and the audit trail's reading rules. */
@ServiceTest
class AuditTrailTest {

    @Autowired MockMvc mvc;
    @Autowired AuditService audit;
    @Autowired UserService users;
    @Autowired TestLogin login;
    @Autowired TestClock clock;
    @Autowired CohortFixture fixture;
    @Autowired PhaseService phases;

    private List<AuditEntry> read(AuditFilter filter) {
        return login.asAdminMeanwhile(() -> audit.page(filter, PageRequest.of(0, 100)).getContent());
    }

    private List<AuditEntry> read(AuditKind kind) {
        return read(new AuditFilter(null, kind, null, null));
    }

    private long idOf(String username) {
        return login.asAdminMeanwhile(() -> users.findByUsername(username).orElseThrow().id());
    }

    @Test
    void a_failed_login_is_recorded_with_the_typed_username_and_the_address_but_never_the_password() throws Exception {
        mvc.perform(formLogin("/login").user("ola").password("feil-passord-123"));
        mvc.perform(formLogin("/login").user("finnes-ikke").password("hemmelig-456"));

        List<AuditEntry> failed = read(AuditKind.LOGIN_FAILED);
        assertThat(failed).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("ola");
            assertThat(e.userId()).isEqualTo(idOf("ola"));
            assertThat(e.subject()).isEqualTo("user:" + idOf("ola"));
            assertThat(e.clientAddress()).isEqualTo("127.0.0.1");
        });
        assertThat(failed).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("finnes-ikke");
            assertThat(e.userId()).isNull();
        });
        assertThat(failed).allSatisfy(e -> assertThat(e.toString()).doesNotContain("feil-passord", "hemmelig"));
    }

    @Test
    void a_login_and_a_logout_are_recorded() throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user("ola").password("galopp-demo"))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf()));

        long ola = idOf("ola");
        assertThat(read(AuditKind.LOGIN)).anySatisfy(e -> assertThat(e.userId()).isEqualTo(ola));
        assertThat(read(AuditKind.LOGOUT)).anySatisfy(e -> assertThat(e.userId()).isEqualTo(ola));
    }

    @Test
    void creating_a_user_changing_the_role_disabling_enabling_and_new_passwords_are_recorded() {
        login.as("admin");
        CreatedUser nina = users.create(new UserDraft("nina", "Nina Ny", "nina@test.no", Role.PARTICIPANT, Language.NB));
        long id = nina.account().id();
        String subject = "user:" + id;
        users.update(id, new UserDraft("nina", "Nina Ny", "nina@test.no", Role.FACILITATOR, Language.NB));
        users.setEnabled(id, false);
        users.setEnabled(id, true);
        String reset = users.resetPassword(id);
        login.as("nina");
        users.changeOwnPassword(reset, "et-nytt-passord", "et-nytt-passord");

        List<AuditEntry> aboutNina = read(AuditFilter.ANY).stream().filter(e -> subject.equals(e.subject())).toList();
        assertThat(aboutNina).extracting(AuditEntry::kind).containsExactly(AuditKind.PASSWORD_CHANGED,
                AuditKind.PASSWORD_RESET, AuditKind.USER_ENABLED, AuditKind.USER_DISABLED, AuditKind.ROLE_CHANGED,
                AuditKind.USER_CREATED);
        assertThat(aboutNina.get(4).detail()).isEqualTo("PARTICIPANT -> FACILITATOR");
        assertThat(aboutNina).allSatisfy(e -> assertThat(e.toString())
                .doesNotContain(nina.oneTimePassword(), reset, "et-nytt-passord"));
        assertThat(aboutNina.get(5).userId()).isEqualTo(idOf("admin"));
        assertThat(aboutNina.getFirst().userId()).isEqualTo(id);
    }

    @Test
    void the_case_audit_rows_are_listed_with_the_rest() {
        var built = fixture.cohort("aud1", 1, List.of());
        login.as(built.facilitator());
        phases.move(built.caseIds().getFirst(), Phase.INSIGHT, "Behovet er forankret", true);

        assertThat(read(AuditKind.CASE_CHANGED)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("case:" + built.caseIds().getFirst());
            assertThat(e.detail()).startsWith("MOVED").contains("Behovet er forankret");
            assertThat(e.displayName()).isEqualTo("Fasilitator aud1");
        });
    }

    @Test
    void the_trail_is_filtered_by_person_kind_and_days() {
        clock.stopAt(LocalDate.of(2031, 5, 10), LocalTime.of(10, 0));
        login.as("admin");
        long nina = users.create(new UserDraft("nina", "Nina Ny", "nina@test.no", Role.PARTICIPANT, Language.NB))
                .account().id();
        clock.stopAt(LocalDate.of(2031, 5, 12), LocalTime.of(23, 30));
        users.setEnabled(nina, false);
        long admin = idOf("admin");
        LocalDate tenth = LocalDate.of(2031, 5, 10);
        LocalDate twelfth = LocalDate.of(2031, 5, 12);

        assertThat(read(new AuditFilter(admin, null, tenth, twelfth))).extracting(AuditEntry::kind)
                .containsExactly(AuditKind.USER_DISABLED, AuditKind.USER_CREATED);
        assertThat(read(new AuditFilter(admin, AuditKind.USER_CREATED, tenth, tenth))).extracting(AuditEntry::subject)
                .containsExactly("user:" + nina);
        assertThat(read(new AuditFilter(admin, null, tenth.plusDays(1), tenth.plusDays(1)))).isEmpty();
        assertThat(read(new AuditFilter(idOf("ola"), null, tenth, twelfth))).isEmpty();
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused_with_a_clear_message() {
        login.as("admin");
        assertThatThrownBy(() -> audit.page(new AuditFilter(null, null, LocalDate.of(2031, 5, 12),
                LocalDate.of(2031, 5, 10)), PageRequest.of(0, 10)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "to")
                .hasFieldOrPropertyWithValue("messageKey", "audit.error.toBeforeFrom");
    }

    @Test
    void only_administrators_read_the_trail() {
        login.as("kari");
        assertThatThrownBy(() -> audit.page(AuditFilter.ANY, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        login.as("ola");
        assertThatThrownBy(() -> audit.page(AuditFilter.ANY, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recording_needs_a_logged_in_caller_and_nothing_is_written_without_one() {
        long before = login.asAdminMeanwhile(() -> audit.page(AuditFilter.ANY, PageRequest.of(0, 1)).getTotalElements());
        login.logout();
        assertThatThrownBy(() -> audit.record(AuditKind.USER_CREATED, "user:1", "forged"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(login.asAdminMeanwhile(() -> audit.page(AuditFilter.ANY, PageRequest.of(0, 1)).getTotalElements()))
                .isEqualTo(before);
    }
}
