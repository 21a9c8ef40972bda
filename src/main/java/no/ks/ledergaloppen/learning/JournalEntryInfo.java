package no.ks.ledergaloppen.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A journal entry with its facilitators' comments, oldest comment first; {@code inReport} when the leader
 * group takes it into the case report.
 */
public record JournalEntryInfo(long id, LocalDate date, String text, String author, Instant writtenAt,
                               boolean inReport, List<Comment> comments) {

    public record Comment(long id, String text, String author, Instant writtenAt) {
    }
}
