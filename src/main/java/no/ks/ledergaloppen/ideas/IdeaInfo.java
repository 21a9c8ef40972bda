package no.ks.ledergaloppen.ideas;

import java.time.Instant;

/**
 * An idea as the idea bank shows it: where it hangs, what it says, its state, how many support it (and
 * whether the viewer does), how many comments it has, and whether the viewer's leader group may triage it.
 */
public record IdeaInfo(long id, long version, long caseId, String caseTitle, String municipalityName, String title,
                       String improves, String helps, String postedBy, Instant postedAt, IdeaState state,
                       String reason, Long newCaseId, long supporters, boolean supportedByMe, long comments,
                       boolean canTriage) {
}
