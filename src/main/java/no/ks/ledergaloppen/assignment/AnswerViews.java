package no.ks.ledergaloppen.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.assignment.domain.AnswerFeedback;
import no.ks.ledergaloppen.assignment.domain.AnswerFeedbackRepository;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Turns an answer into what its reader may see. The writers see their text and the feedback that is
 * released; a facilitator sees every verdict, and the text only once the answer is handed in.
 */
@Component
class AnswerViews {

    private final AnswerFeedbackRepository feedback;
    private final CohortAccess cohorts;
    private final UserService users;

    AnswerViews(AnswerFeedbackRepository feedback, CohortAccess cohorts, UserService users) {
        this.feedback = feedback;
        this.cohorts = cohorts;
        this.users = users;
    }

    AnswerView forWriters(Answer answer) {
        return view(answer, false);
    }

    AnswerView forJudges(Answer answer) {
        return view(answer, true);
    }

    static AnswerView notStarted(String owner) {
        return new AnswerView(null, null, owner, AnswerStatus.NOT_STARTED, "", null, null, null, null, List.of());
    }

    /** The verdict behind an answer's present status: the newest one, if the answer is returned or approved. */
    static AnswerFeedback current(Answer answer, List<AnswerFeedback> oldestFirst) {
        boolean judged = answer.getStatus() == AnswerStatus.RETURNED || answer.getStatus() == AnswerStatus.APPROVED;
        return judged && !oldestFirst.isEmpty() ? oldestFirst.getLast() : null;
    }

    private AnswerView view(Answer x, boolean judge) {
        List<AnswerFeedback> rounds = feedback.findByAnswerIdOrderByGivenAtAscIdAsc(x.getId());
        AnswerFeedback current = current(x, rounds);
        List<AnswerFeedback> visible = rounds.stream().filter(f -> judge || f.isReleased())
                .sorted(Comparator.comparing(AnswerFeedback::getGivenAt).thenComparing(AnswerFeedback::getId).reversed())
                .toList();
        Set<Long> ids = new HashSet<>(List.of(x.getUpdatedBy()));
        if (x.getSubmittedBy() != null) {
            ids.add(x.getSubmittedBy());
        }
        if (x.getParticipantId() != null) {
            ids.add(x.getParticipantId());
        }
        visible.forEach(f -> ids.add(f.getGivenBy()));
        Map<Long, String> names = users.displayNames(ids);
        List<FeedbackRound> shown = new ArrayList<>();
        for (AnswerFeedback f : visible) {
            shown.add(new FeedbackRound(f.getId(), f.getVerdict(), f.getFeedback(), names.get(f.getGivenBy()),
                    f.getGivenAt(), f.isReleased(), f == current));
        }
        String owner = x.getParticipantId() == null ? cohorts.municipalityName(x.getMunicipalityId())
                : names.get(x.getParticipantId());
        boolean content = !judge || x.getStatus().delivered();
        return new AnswerView(x.getId(), x.getVersion(), owner, x.getStatus(),
                content ? (x.getBody() == null ? "" : x.getBody()) : null,
                names.get(x.getUpdatedBy()), x.getUpdatedAt(),
                x.getSubmittedBy() == null ? null : names.get(x.getSubmittedBy()), x.getSubmittedAt(), shown);
    }
}
