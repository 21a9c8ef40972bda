package no.ks.ledergaloppen.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.AuditLog;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.security.domain.AppUser;
import no.ks.ledergaloppen.security.domain.AppUserRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, roles and passwords. Administrators manage everyone; facilitators manage the participants
 * of the cohorts they facilitate; everyone manages their own password and language.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final ParticipantScope scope;
    private final Clock clock;
    private final AuditLog audit;
    private final UserSessions sessions;
    private final PasswordPolicy passwords;

    UserService(AppUserRepository users, PasswordEncoder encoder, CurrentUser currentUser,
                @Lazy ParticipantScope scope, Clock clock, AuditLog audit, UserSessions sessions,
                PasswordPolicy passwords) {
        this.audit = audit;
        this.sessions = sessions;
        this.passwords = passwords;
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.scope = scope;
        this.clock = clock;
    }

    /** The users the caller may manage, filtered by name, username or e-mail. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public Page<UserAccount> page(String filter, Pageable pageable) {
        String like = "%" + Texts.lower(filter == null ? "" : filter.strip()) + "%";
        Page<AppUser> page = currentUser.isAdmin()
                ? users.search(like, pageable)
                : users.searchWithin(scope.participantsManagedBy(currentUser.id()), like, pageable);
        return page.map(UserService::toAccount);
    }

    /** Names and roles of the given users, for showing who did what. */
    @Transactional(readOnly = true)
    public Map<Long, UserAccount> accounts(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(UserService::toAccount)
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(Texts.lower(Texts.clean(username))).map(UserService::toAccount);
    }

    /** Display names of the given users ("" for an unknown id, such as the system user), for showing who did what. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        users.findAllById(ids).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        ids.forEach(id -> names.putIfAbsent(id, ""));
        return names;
    }

    /**
     * The participants the caller may place in a leader group: every one for an administrator; for a
     * facilitator, those with no leader group yet or seated only in cohorts the facilitator runs.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public List<UserAccount> participants() {
        Set<Long> elsewhere = currentUser.isAdmin() ? Set.of()
                : scope.participantsSeatedOutsideCohortsOf(currentUser.id());
        return users.findByRoleOrderByDisplayName(Role.PARTICIPANT).stream()
                .filter(u -> !elsewhere.contains(u.getId())).map(UserService::toAccount).toList();
    }

    /**
     * A page of {@link #participants()} whose name or username contains {@code filter}, by name: read as a page
     * from the database, for a picker that loads as the user scrolls or types.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public List<UserAccount> participants(String filter, Pageable pageable) {
        Set<Long> elsewhere = currentUser.isAdmin() ? Set.of()
                : scope.participantsSeatedOutsideCohortsOf(currentUser.id());
        String like = "%" + Texts.lower(filter == null ? "" : filter.strip()) + "%";
        Pageable byName = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), org.springframework.data.domain.Sort.by("displayName", "id"));
        List<AppUser> found = elsewhere.isEmpty() ? users.searchRole(Role.PARTICIPANT, like, byName)
                : users.searchRoleExcept(Role.PARTICIPANT, like, elsewhere, byName);
        return found.stream().map(UserService::toAccount).toList();
    }

    /** Facilitator accounts, for choosing who facilitates a cohort. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> facilitators() {
        return users.findByRoleOrderByDisplayName(Role.FACILITATOR).stream().map(UserService::toAccount).toList();
    }

    /**
     * Creates a user with a one-time password that must be changed at first login. Facilitators may
     * create participants only.
     */
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public CreatedUser create(UserDraft draft) {
        checkRoleAllowed(draft.role());
        String password = passwords.oneTimePassword();
        AppUser user = users.save(newUser(draft, password, true));
        audit.record(AuditKind.USER_CREATED, AuditLog.subject("user", user.getId()), "role=" + user.getRole());
        return new CreatedUser(toAccount(user), password);
    }

    /** Creates a user with a known password and no forced change; for demo data and first start. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount createWithPassword(UserDraft draft, String password) {
        passwords.check("password", password);
        AppUser user = users.save(newUser(draft, password, false));
        audit.record(AuditKind.USER_CREATED, AuditLog.subject("user", user.getId()), "role=" + user.getRole());
        return toAccount(user);
    }

    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public UserAccount update(long id, UserDraft draft) {
        AppUser user = manageable(id);
        checkRoleAllowed(draft.role());
        if (user.getId() == currentUser.id() && draft.role() != user.getRole()) {
            throw new DomainException("role", "users.error.ownRole");
        }
        String email = checkEmail(draft.email());
        if (users.existsByEmailAndIdNot(email, id)) {
            throw new DomainException("email", "users.error.emailTaken");
        }
        Role before = user.getRole();
        user.update(Texts.require("displayName", draft.displayName(), AppUser.DISPLAY_NAME_MAX), email,
                requireRole(draft.role()), draft.language() == null ? Language.NB : draft.language());
        if (user.getRole() != before) {
            audit.record(AuditKind.ROLE_CHANGED, AuditLog.subject("user", id), before + " -> " + user.getRole());
            sessions.endAllOf(id);
        }
        return toAccount(user);
    }

    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public UserAccount setEnabled(long id, boolean enabled) {
        AppUser user = manageable(id);
        if (user.getId() == currentUser.id()) {
            throw DomainException.of("users.error.disableSelf");
        }
        user.setEnabled(enabled);
        audit.record(enabled ? AuditKind.USER_ENABLED : AuditKind.USER_DISABLED, AuditLog.subject("user", id), null);
        if (!enabled) {
            sessions.endAllOf(id);
        }
        return toAccount(user);
    }

    /** Gives the user a new one-time password, to be changed at next login. */
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public String resetPassword(long id) {
        AppUser user = manageable(id);
        String password = passwords.oneTimePassword();
        user.changePassword(encoder.encode(password), true);
        audit.record(AuditKind.PASSWORD_RESET, AuditLog.subject("user", id), null);
        sessions.endAllOf(id);
        return password;
    }

    /** The caller changes their own password. */
    public void changeOwnPassword(String current, String newPassword, String repeat) {
        AppUser me = users.findById(currentUser.id()).orElseThrow();
        if (current == null || !encoder.matches(current, me.getPasswordHash())) {
            throw new DomainException("current", "password.error.wrongCurrent");
        }
        passwords.check("newPassword", newPassword);
        if (!newPassword.equals(repeat)) {
            throw new DomainException("repeat", "password.error.mismatch");
        }
        if (newPassword.equals(current)) {
            throw new DomainException("newPassword", "password.error.sameAsOld");
        }
        me.changePassword(encoder.encode(newPassword), false);
        audit.record(AuditKind.PASSWORD_CHANGED, AuditLog.subject("user", me.getId()), null);
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return users.findById(currentUser.id()).map(AppUser::isMustChangePassword).orElse(false);
    }

    @Transactional(readOnly = true)
    public Language ownLanguage() {
        return users.findById(currentUser.id()).map(AppUser::getPreferredLanguage).orElse(Language.NB);
    }

    /** Saves the caller's language, used from their next login on. */
    public void setOwnLanguage(Language language) {
        users.findById(currentUser.id()).orElseThrow().preferLanguage(language);
    }

    private AppUser newUser(UserDraft draft, String password, boolean mustChange) {
        String username = Texts.lower(Texts.require("username", draft.username(), AppUser.USERNAME_MAX));
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException("username", "users.error.usernameFormat");
        }
        if (users.existsByUsername(username)) {
            throw new DomainException("username", "users.error.usernameTaken");
        }
        String email = checkEmail(draft.email());
        if (users.existsByEmail(email)) {
            throw new DomainException("email", "users.error.emailTaken");
        }
        String displayName = Texts.require("displayName", draft.displayName(), AppUser.DISPLAY_NAME_MAX);
        return new AppUser(username, displayName, email, encoder.encode(password), requireRole(draft.role()),
                draft.language() == null ? Language.NB : draft.language(), mustChange, clock.instant());
    }

    private AppUser manageable(long id) {
        AppUser user = users.findById(id).orElseThrow(() -> DomainException.of("users.error.notFound"));
        if (!currentUser.isAdmin() && (user.getRole() != Role.PARTICIPANT
                || !scope.participantsManagedBy(currentUser.id()).contains(id))) {
            throw new AccessDeniedException("user " + id + " is not managed by " + currentUser.id());
        }
        return user;
    }

    private void checkRoleAllowed(Role role) {
        if (!currentUser.isAdmin() && role != Role.PARTICIPANT) {
            throw new AccessDeniedException("facilitators create participants only");
        }
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new DomainException("role", "validation.required");
        }
        return role;
    }

    private static String checkEmail(String email) {
        String cleaned = Texts.lower(Texts.require("email", email, AppUser.EMAIL_MAX));
        if (!EMAIL.matcher(cleaned).matches()) {
            throw new DomainException("email", "users.error.emailFormat");
        }
        return cleaned;
    }

    static UserAccount toAccount(AppUser u) {
        return new UserAccount(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRole(),
                u.getPreferredLanguage(), u.isEnabled(), u.isMustChangePassword());
    }

}
