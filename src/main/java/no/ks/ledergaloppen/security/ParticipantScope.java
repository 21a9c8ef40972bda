package no.ks.ledergaloppen.security;

import java.util.Set;

/**
 * Which participants a facilitator looks after. Implemented by the cohort feature, so that the
 * user service can let facilitators manage the participants of their own cohorts and no others.
 */
public interface ParticipantScope {

    Set<Long> participantsManagedBy(long facilitatorId);
}
