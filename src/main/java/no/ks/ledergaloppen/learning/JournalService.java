package no.ks.ledergaloppen.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ks.ledergaloppen.base.CaseGuard;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.learning.domain.JournalComment;
import no.ks.ledergaloppen.learning.domain.JournalCommentRepository;
import no.ks.ledergaloppen.learning.domain.JournalEntry;
import no.ks.ledergaloppen.learning.domain.JournalEntryRepository;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning journal of a case: dated entries written by the case's own leader group, on which the
 * cohort's facilitators comment. Whoever may read the case reads the journal.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class JournalService {

    private final JournalEntryRepository entries;
    private final JournalCommentRepository comments;
    private final CaseGuard cases;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    JournalService(JournalEntryRepository entries, JournalCommentRepository comments, CaseGuard cases,
                   CurrentUser currentUser, UserService users, Clock clock) {
        this.entries = entries;
        this.comments = comments;
        this.cases = cases;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** The entries, newest first, each with its comments. */
    @Transactional(readOnly = true)
    public List<JournalEntryInfo> entries(long caseId) {
        cases.checkCanRead(caseId);
        List<JournalEntry> list = entries.findByCaseIdOrderByDateDescIdDesc(caseId);
        List<JournalComment> all = list.isEmpty() ? List.of()
                : comments.findByEntryIdInOrderByCreatedAtAscIdAsc(list.stream().map(JournalEntry::getId).toList());
        Map<Long, String> who = users.displayNames(Stream.concat(list.stream().map(JournalEntry::getAuthorId),
                all.stream().map(JournalComment::getAuthorId)).distinct().toList());
        Map<Long, List<JournalEntryInfo.Comment>> byEntry = all.stream().collect(Collectors.groupingBy(
                JournalComment::getEntryId, Collectors.mapping(c -> new JournalEntryInfo.Comment(c.getId(),
                        c.getText(), who.getOrDefault(c.getAuthorId(), ""), c.getCreatedAt()), Collectors.toList())));
        return list.stream().map(e -> new JournalEntryInfo(e.getId(), e.getDate(), e.getText(),
                who.getOrDefault(e.getAuthorId(), ""), e.getCreatedAt(), e.isInReport(),
                byEntry.getOrDefault(e.getId(), List.of()))).toList();
    }

    /** The entries the leader group takes into the case report, oldest first. */
    @Transactional(readOnly = true)
    public List<JournalEntryInfo> reportEntries(long caseId) {
        return entries(caseId).stream().filter(JournalEntryInfo::inReport).toList().reversed();
    }

    /** May the caller write entries in this case's journal? Only its own leader group may. */
    @Transactional(readOnly = true)
    public boolean canWrite(long caseId) {
        return cases.isOwnLeaderGroup(caseId);
    }

    /** May the caller comment on entries? The cohort's facilitators (and administrators) may. */
    @Transactional(readOnly = true)
    public boolean canComment(long caseId) {
        return cases.facilitates(caseId);
    }

    /** A leader-group member writes an entry, dated today or earlier; an empty entry is refused. */
    public long write(long caseId, LocalDate date, String text) {
        return write(caseId, date, text, false);
    }

    /** As {@link #write(long, LocalDate, String)}, marked for the case report from the start when {@code inReport}. */
    public long write(long caseId, LocalDate date, String text, boolean inReport) {
        if (!canWrite(caseId)) {
            throw new AccessDeniedException("only the leader group writes in the journal of case " + caseId);
        }
        if (date == null) {
            throw new DomainException("date", "validation.required");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DomainException("date", "journal.error.future");
        }
        String body = Texts.clean(text);
        if (body == null) {
            throw new DomainException("text", "journal.error.empty");
        }
        Texts.limit("text", body, JournalEntry.TEXT_MAX);
        JournalEntry entry = new JournalEntry(caseId, date, body, currentUser.id(), clock.instant());
        entry.includeInReport(inReport);
        JournalEntry saved = entries.save(entry);
        cases.audit(caseId, "JOURNAL_WRITTEN", date + " " + abbreviate(body) + (inReport ? " [report]" : ""));
        return saved.getId();
    }

    /**
     * The leader group marks an entry "ta med i rapporten" or takes it out again. Only the case's own
     * leader group decides what its report says; facilitators and other municipalities may not.
     */
    public void includeInReport(long entryId, boolean include) {
        JournalEntry entry = entries.findById(entryId).orElseThrow(() -> DomainException.of("journal.error.notFound"));
        if (!canWrite(entry.getCaseId())) {
            throw new AccessDeniedException("only the leader group chooses the report entries of case " + entry.getCaseId());
        }
        if (entry.isInReport() != include) {
            entry.includeInReport(include);
            cases.audit(entry.getCaseId(), "JOURNAL_IN_REPORT", "entry " + entryId + ": " + include);
        }
    }

    /** A facilitator comments on an entry. */
    public void comment(long entryId, String text) {
        JournalEntry entry = entries.findById(entryId).orElseThrow(() -> DomainException.of("journal.error.notFound"));
        if (!canComment(entry.getCaseId())) {
            throw new AccessDeniedException("only facilitators comment on the journal of case " + entry.getCaseId());
        }
        String body = Texts.clean(text);
        if (body == null) {
            throw new DomainException("comment", "journal.error.emptyComment");
        }
        Texts.limit("comment", body, JournalComment.TEXT_MAX);
        comments.save(new JournalComment(entryId, body, currentUser.id(), clock.instant()));
        cases.audit(entry.getCaseId(), "JOURNAL_COMMENTED", "entry " + entryId + ": " + abbreviate(body));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
