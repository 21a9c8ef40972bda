package no.ks.ledergaloppen.assignment;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.assignment.domain.AnswerAttachment;
import no.ks.ledergaloppen.assignment.domain.AnswerAttachmentRepository;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.AuditLog;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to answers: PDF, DOCX, XLSX, PPTX, PNG or JPG, at most 10 MB each and five per answer,
 * stored in the database. The writers attach and remove them while the answer is editable; the writers
 * download them, and the cohort's facilitators too once the answer is handed in.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AttachmentService {

    /** The most a file may hold, checked here whatever the browser or the upload was told. */
    public static final long MAX_BYTES = FileRules.MAX_BYTES;

    private final AnswerAttachmentRepository attachments;
    private final AnswerAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final AuditLog audit;

    AttachmentService(AnswerAttachmentRepository attachments, AnswerAccess access, CurrentUser currentUser,
                      UserService users, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.attachments = attachments;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** Refuses at once a file announced as larger than {@link #MAX_BYTES}; an unknown size is negative. */
    public void checkAnnouncedSize(String fileName, long announcedBytes) {
        if (announcedBytes > MAX_BYTES) {
            throw new DomainException("file", "assignment.error.fileTooLarge", FileRules.displayName(fileName),
                    MAX_BYTES / (1024 * 1024));
        }
    }

    /** Attaches a file to the caller's answer; a refused file leaves nothing behind. */
    public AttachmentInfo attach(long assignmentId, String fileName, InputStream content) {
        String name = FileRules.displayName(fileName);
        String ext = FileRules.extension(name);
        long answerId = access.ownEditableAnswerId(assignmentId);
        checkRoomFor(answerId); // before reading the file, so that a sixth is refused at once
        byte[] data = FileRules.read(content, name);
        FileRules.checkContent(ext, data, name);
        access.lock(answerId); // two uploads at the same moment count and add one after the other
        checkRoomFor(answerId);
        AnswerAttachment saved = attachments.save(new AnswerAttachment(answerId, name, FileRules.TYPES.get(ext),
                data, currentUser.id(), clock.instant()));
        audit.record(AuditKind.ATTACHMENT_ADDED, AuditLog.subject("answer", answerId),
                AuditLog.subject("attachment", saved.getId()));
        return toInfo(saved, users.displayNames(List.of(currentUser.id())));
    }

    private void checkRoomFor(long answerId) {
        if (attachments.countByAnswerId(answerId) >= FileRules.MAX_FILES) {
            throw new DomainException("file", "assignment.error.tooManyFiles", FileRules.MAX_FILES);
        }
    }

    /** The files of the caller's own answer. */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> mine(long assignmentId) {
        return access.ownAnswerId(assignmentId).map(this::list).orElse(List.of());
    }

    /** The files of an answer, for its writers, and for the cohort's facilitators once it is handed in. */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> of(long answerId) {
        access.checkContentReadable(answerId);
        return list(answerId);
    }

    @Transactional(readOnly = true)
    public StoredFile download(long attachmentId) {
        AnswerAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> DomainException.of("assignment.error.fileNotFound"));
        access.checkContentReadable(a.getAnswerId());
        return new StoredFile(a.getFileName(), a.getContentType(), a.getContent());
    }

    /** Removes a file from the caller's answer while it can still be edited. */
    public void remove(long attachmentId) {
        AnswerAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> DomainException.of("assignment.error.fileNotFound"));
        access.checkOwnEditable(a.getAnswerId());
        attachments.delete(a);
        audit.record(AuditKind.ATTACHMENT_REMOVED, AuditLog.subject("answer", a.getAnswerId()),
                AuditLog.subject("attachment", attachmentId));
    }

    private List<AttachmentInfo> list(long answerId) {
        List<AnswerAttachmentRepository.Meta> list = attachments.findByAnswerIdOrderByIdAsc(answerId);
        Map<Long, String> who = users.displayNames(list.stream().map(AnswerAttachmentRepository.Meta::getUploadedBy)
                .distinct().toList());
        return list.stream().map(a -> new AttachmentInfo(a.getId(), a.getFileName(), a.getSizeBytes(),
                who.getOrDefault(a.getUploadedBy(), ""), a.getUploadedAt())).toList();
    }

    private static AttachmentInfo toInfo(AnswerAttachment a, Map<Long, String> who) {
        return new AttachmentInfo(a.getId(), a.getFileName(), a.getSizeBytes(), who.getOrDefault(a.getUploadedBy(), ""),
                a.getUploadedAt());
    }
}
