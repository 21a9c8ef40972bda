package no.ks.ledergaloppen.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ks.ledergaloppen.assessment.domain.FoundationAssessment;
import no.ks.ledergaloppen.assessment.domain.FoundationAssessmentRepository;
import no.ks.ledergaloppen.base.CaseGuard;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Five-foundations assessments of a case: those who may change the case score it, readers see the trend. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AssessmentService {

    private final FoundationAssessmentRepository assessments;
    private final CaseGuard cases;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    AssessmentService(FoundationAssessmentRepository assessments, CaseGuard cases, CohortAccess cohorts,
                      CurrentUser currentUser,
                      UserService users, Clock clock) {
        this.assessments = assessments;
        this.cases = cases;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** Records an assessment; every score must be 0–5 and the date not in the future. */
    public Assessment record(long caseId, AssessmentDraft draft) {
        cases.checkCanEdit(caseId);
        LocalDate on = draft.assessedOn();
        if (on == null) {
            throw new DomainException("assessedOn", "validation.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("assessedOn", "assessment.error.future");
        }
        Map<Foundation, Integer> scores = new EnumMap<>(Foundation.class);
        Map<Foundation, String> comments = new EnumMap<>(Foundation.class);
        for (Foundation f : Foundation.values()) {
            Integer score = draft.scores().get(f);
            if (score == null) {
                throw new DomainException("score." + f.name(), "assessment.error.scoreMissing");
            }
            if (score < 0 || score > 5) {
                throw new DomainException("score." + f.name(), "assessment.error.scoreRange");
            }
            scores.put(f, score);
            String comment = Texts.optional("comment." + f.name(), draft.comments().get(f), FoundationAssessment.COMMENT_MAX);
            if (comment != null) {
                comments.put(f, comment);
            }
        }
        FoundationAssessment saved = assessments.save(new FoundationAssessment(caseId, on, currentUser.id(),
                clock.instant(), scores, comments));
        Assessment result = toAssessment(saved, Map.of());
        cases.audit(caseId, "ASSESSED", scores + " = " + result.product());
        return result;
    }

    /** All assessments of a case, oldest first. */
    @Transactional(readOnly = true)
    public List<Assessment> history(long caseId) {
        cases.checkCanRead(caseId);
        List<FoundationAssessment> list = assessments.findByCaseIdOrderByAssessedOnAscIdAsc(caseId);
        Map<Long, String> who = users.displayNames(list.stream().map(FoundationAssessment::getAssessedBy).toList());
        return list.stream().map(a -> toAssessment(a, who)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> latest(long caseId) {
        List<Assessment> all = history(caseId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /**
     * The latest assessment of each of many cases (case id → assessment), in a fixed number of statements; cases
     * the caller may not read, and cases never assessed, are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Assessment> latestOf(java.util.Collection<Long> caseIds) {
        java.util.Set<Long> readable = cases.readableOf(caseIds);
        Map<Long, Assessment> latest = new HashMap<>();
        if (!readable.isEmpty()) {
            assessments.findByCaseIdInOrderByAssessedOnAscIdAsc(readable)
                    .forEach(a -> latest.put(a.getCaseId(), toAssessment(a, Map.of())));
        }
        return latest;
    }

    /** The latest assessment of each case in a cohort (case id → assessment), for those who run it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public Map<Long, Assessment> latestInCohort(long cohortId) {
        cohorts.checkCanManage(cohortId);
        Map<Long, Assessment> latest = new HashMap<>();
        assessments.inCohort(cohortId).forEach(a -> latest.put(a.getCaseId(), toAssessment(a, Map.of())));
        return latest;
    }

    /** Every assessment of every case in a cohort (case id → assessments, oldest first), for those who run it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public Map<Long, List<Assessment>> historyInCohort(long cohortId) {
        cohorts.checkCanManage(cohortId);
        List<FoundationAssessment> all = assessments.inCohort(cohortId);
        Map<Long, String> who = users.displayNames(all.stream().map(FoundationAssessment::getAssessedBy).distinct().toList());
        return all.stream().collect(java.util.stream.Collectors.groupingBy(FoundationAssessment::getCaseId,
                java.util.LinkedHashMap::new, java.util.stream.Collectors.mapping(a -> toAssessment(a, who),
                        java.util.stream.Collectors.toList())));
    }

    private static Assessment toAssessment(FoundationAssessment a, Map<Long, String> who) {
        return new Assessment(a.getId(), a.getAssessedOn(), who.getOrDefault(a.getAssessedBy(), ""), a.scores(),
                a.comments());
    }
}
