package no.ks.ledergaloppen.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.ks.ledergaloppen.audit.domain.AuditTrailRepository;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.AuditLog;
import no.ks.ledergaloppen.security.AppUserPrincipal;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every feature records into it (any logged-in caller, in the caller's transaction); only
 * administrators read it, together with the innovation cases' own audit rows. Nothing changes or removes
 * an entry: the repositories offer no way to, and the database refuses it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditService implements AuditLog {

    static final int MAX_PAGE = 500;

    private final AuditWriter writer;
    private final AuditTrailRepository trail;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    AuditService(AuditWriter writer, AuditTrailRepository trail, CurrentUser currentUser, @Lazy UserService users,
                 Clock clock) {
        this.writer = writer;
        this.trail = trail;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void record(AuditKind kind, String subject, String detail) {
        AppUserPrincipal me = currentUser.require();
        writer.write(kind, me.id(), me.username(), subject, detail,
                SecurityContextHolder.getContext().getAuthentication());
    }

    /** The entries that match the filter, newest first; at most {@value #MAX_PAGE} a page. */
    public Page<AuditEntry> page(AuditFilter filter, Pageable pageable) {
        AuditFilter f = Objects.requireNonNullElse(filter, AuditFilter.ANY).check();
        Pageable p = pageable.isPaged() && pageable.getPageSize() <= MAX_PAGE ? pageable
                : PageRequest.of(pageable.isPaged() ? pageable.getPageNumber() : 0, MAX_PAGE);
        String username = f.userId() == null ? null
                : users.accounts(List.of(f.userId())).values().stream().map(UserAccount::username).findFirst()
                .orElse(null);
        var criteria = new AuditTrailRepository.Criteria(f.userId(), username,
                f.kind() == null ? null : f.kind().name(), startOf(f.from()), startOf(f.to() == null ? null
                : f.to().plusDays(1)));
        List<AuditTrailRepository.Row> rows = trail.page(criteria, p.getOffset(), p.getPageSize());
        Map<Long, String> names = users.displayNames(rows.stream().map(AuditTrailRepository.Row::userId)
                .filter(Objects::nonNull).distinct().toList());
        List<AuditEntry> entries = rows.stream().map(r -> new AuditEntry(r.source() + r.sourceId(), r.happenedAt(),
                r.userId(), r.username(), r.userId() == null ? "" : names.getOrDefault(r.userId(), ""),
                AuditKind.valueOf(r.kind()), r.subject(), r.detail(), r.clientAddress())).toList();
        return PageableExecutionUtils.getPage(entries, p, () -> trail.count(criteria));
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }
}
