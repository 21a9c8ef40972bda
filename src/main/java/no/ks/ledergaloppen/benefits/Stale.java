package no.ks.ledergaloppen.benefits;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.stereotype.Component;

/** Refuses a change that starts from a version someone else has saved over, naming who and when. */
@Component
class Stale {

    private final UserService users;
    private final Clock clock;

    Stale(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    void check(long current, long startedFrom, long changedBy, Instant changedAt, Object yours) {
        if (current != startedFrom) {
            throw new ChangedMeanwhileException(null, "benefits.error.changedMeanwhile",
                    users.displayNames(List.of(changedBy)).get(changedBy), changedAt, clock, yours);
        }
    }
}
