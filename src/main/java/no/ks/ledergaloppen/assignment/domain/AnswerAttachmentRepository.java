package no.ks.ledergaloppen.assignment.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerAttachmentRepository extends JpaRepository<AnswerAttachment, Long> {

    /** The files of an answer without their content, which is read only for a download. */
    List<Meta> findByAnswerIdOrderByIdAsc(long answerId);

    long countByAnswerId(long answerId);

    interface Meta {
        Long getId();

        String getFileName();

        long getSizeBytes();

        long getUploadedBy();

        Instant getUploadedAt();
    }
}
