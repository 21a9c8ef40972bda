package no.ks.ledergaloppen.security;

import java.util.Set;

/**
 * Which participants a facilitator looks after. Implemented by the cohort feature, so that the
 * user service can let facilitators manage the participants of their own cohorts and no others.
 */
public interface ParticipantScope {

    /** Participants seated in the facilitator's cohorts and in no other cohort. */
    Set<Long> participantsManagedBy(long facilitatorId);

    /** Participants with a seat in some cohort the facilitator does not run: theirs to leave alone. */
    Set<Long> participantsSeatedOutsideCohortsOf(long facilitatorId);
}
