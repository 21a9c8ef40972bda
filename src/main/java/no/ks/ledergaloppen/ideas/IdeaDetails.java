package no.ks.ledergaloppen.ideas;

import java.time.Instant;
import java.util.List;

/** One idea with its comments, oldest first. */
public record IdeaDetails(IdeaInfo idea, List<Comment> comments) {

    public record Comment(long id, String text, String author, Instant at) {
    }
}
