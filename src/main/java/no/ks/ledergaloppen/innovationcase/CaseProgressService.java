package no.ks.ledergaloppen.innovationcase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.innovationcase.domain.PhaseMoveRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every case of a cohort with its phase history and last activity, for those who run the cohort. One
 * statement for the whole cohort, however many municipalities and moves it has.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
public class CaseProgressService {

    private final PhaseMoveRepository moves;
    private final CohortAccess cohorts;

    CaseProgressService(PhaseMoveRepository moves, CohortAccess cohorts) {
        this.moves = moves;
        this.cohorts = cohorts;
    }

    /** The cohort's cases, oldest first, each with its moves oldest first. */
    public List<CaseProgress> cohort(long cohortId) {
        cohorts.checkCanManage(cohortId);
        Map<Long, CaseProgress> byCase = new LinkedHashMap<>();
        for (PhaseMoveRepository.CohortMove row : moves.cohortHistory(cohortId)) {
            CaseProgress p = byCase.computeIfAbsent(row.getCaseId(), id -> new CaseProgress(id,
                    row.getMunicipalityId(), row.getTitle(), row.getPhase(), row.getPhaseSince(),
                    row.getLastActivity(), row.getPriority(), row.getFinishedAt(), new ArrayList<>()));
            p.moves().add(new CaseProgress.Move(row.getFromPhase(), row.getToPhase(), row.getMovedAt(),
                    row.getReason()));
        }
        return byCase.values().stream().map(p -> new CaseProgress(p.caseId(), p.municipalityId(), p.title(), p.phase(),
                p.phaseSince(), p.lastActivity(), p.priority(), p.finishedAt(), List.copyOf(p.moves()))).toList();
    }

    /**
     * The case each municipality of the cohort is seen by (see {@link MunicipalityCase}), keyed by municipality,
     * read in the same one statement as {@link #cohort(long)}. Municipalities without a case are left out.
     */
    public Map<Long, MunicipalityCase> byMunicipality(long cohortId) {
        return MunicipalityCase.choose(cohort(cohortId));
    }

}
