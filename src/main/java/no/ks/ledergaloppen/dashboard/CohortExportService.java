package no.ks.ledergaloppen.dashboard;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.assignment.AnswerStatusLine;
import no.ks.ledergaloppen.assignment.AssignmentProgressService;
import no.ks.ledergaloppen.base.Times;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.innovationcase.CaseProgress;
import no.ks.ledergaloppen.innovationcase.CaseProgressService;
import no.ks.ledergaloppen.roadmap.Phase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort dashboard as a file for the facilitators: an Excel workbook with a sheet per aspect
 * (municipalities with phases and flags, assignments and their status, assessments, phase history, benefit
 * indicators with their latest measurement), or
 * the first sheet as CSV. Never drafts' text, never feedback that is not released. In the caller's language.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
public class CohortExportService {

    private final DashboardService dashboards;
    private final CaseProgressService cases;
    private final AssessmentService assessments;
    private final AssignmentProgressService progress;
    private final BenefitsService benefits;
    private final I18NProvider i18n;
    private final Clock clock;

    CohortExportService(DashboardService dashboards, CaseProgressService cases, AssessmentService assessments,
                        AssignmentProgressService progress, BenefitsService benefits, I18NProvider i18n, Clock clock) {
        this.progress = progress;
        this.benefits = benefits;
        this.dashboards = dashboards;
        this.cases = cases;
        this.assessments = assessments;
        this.i18n = i18n;
        this.clock = clock;
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";

    /** The workbook; the services behind it refuse anyone who does not run the cohort. */
    public ExportFile xlsx(long cohortId, Locale locale) {
        CohortDashboard d = dashboards.dashboard(cohortId);
        Map<Long, String> names = d.rows().stream().collect(Collectors.toMap(DashboardRow::municipalityId,
                DashboardRow::municipality));
        List<CaseProgress> progress = cases.cohort(cohortId);
        return new ExportFile(fileName(d, "xlsx"), XLSX, ExportWriter.xlsx(List.of(municipalities(d, locale),
                assignments(cohortId, names, locale), assessments(cohortId, progress, names, locale),
                history(progress, names, locale),
                BenefitsSheet.of(d, benefits.indicatorsInCohort(cohortId), key -> i18n.getTranslation(key, locale)))));
    }

    /** The municipalities sheet alone, as CSV. */
    public ExportFile csv(long cohortId, Locale locale) {
        CohortDashboard d = dashboards.dashboard(cohortId);
        return new ExportFile(fileName(d, "csv"), CSV, ExportWriter.csv(municipalities(d, locale)));
    }

    /** A file name such as "Pilot-i-vest-2026-11-23.xlsx", from the dashboard already read. */
    private String fileName(CohortDashboard d, String extension) {
        String name = d.cohort().name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return name + "-" + d.today() + "." + extension;
    }

    private ExportTable municipalities(CohortDashboard d, Locale l) {
        Function<String, String> t = key -> i18n.getTranslation(key, l);
        ExportTable table = new ExportTable(t.apply("export.sheet.municipalities"), t.apply("dashboard.col.municipality"),
                t.apply("export.col.case"), t.apply("export.col.phaseNumber"), t.apply("dashboard.col.phase"),
                t.apply("export.col.daysInPhase"), t.apply("export.col.movesBack"), t.apply("foundations.product"),
                t.apply("export.col.percent"), t.apply("export.col.zeros"), t.apply("export.col.given"),
                t.apply("export.col.handedIn"), t.apply("export.col.approved"), t.apply("export.col.overdue"),
                t.apply("dashboard.col.homeVisit"), t.apply("export.col.lastActivity"),
                t.apply("dashboard.flag.STALLED"), t.apply("dashboard.flag.ZERO_FOUNDATION"),
                t.apply("dashboard.flag.OVERDUE"), t.apply("dashboard.flag.EARLY_PHASE"),
                t.apply("dashboard.flag.BENEFIT_BEHIND"));
        String yes = t.apply("export.yes");
        for (DashboardRow r : d.rows()) {
            Assessment a = r.latest();
            table.add(r.municipality(), r.caseTitle(), r.phase() == null ? null : r.phase().number(),
                    r.phase() == null ? null : t.apply("roadmap.phase." + r.phase().name()),
                    r.caseId() == null ? null : r.daysInPhase(), r.movesBack(), a == null ? null : a.product(),
                    a == null ? null : Math.round(a.percentage()),
                    r.zeros().stream().map(f -> t.apply("foundation." + f.name())).collect(Collectors.joining(", ")),
                    r.assignments().given(), r.assignments().handedIn(), r.assignments().approved(),
                    r.assignments().overdue(), r.homeVisit() == null ? t.apply("dashboard.homeVisit.none")
                            : i18n.getTranslation("dashboard.homeVisit." + r.homeVisit().status().name(), l,
                            Times.date(r.homeVisit().date())),
                    local(r.lastActivity()), flag(r, Flag.STALLED, yes), flag(r, Flag.ZERO_FOUNDATION, yes),
                    flag(r, Flag.OVERDUE, yes), flag(r, Flag.EARLY_PHASE, yes), flag(r, Flag.BENEFIT_BEHIND, yes));
        }
        return table;
    }

    /** Status per assignment and answerer: never a draft's text, and feedback only once it is released. */
    private ExportTable assignments(long cohortId, Map<Long, String> names, Locale l) {
        Function<String, String> t = key -> i18n.getTranslation(key, l);
        ExportTable table = new ExportTable(t.apply("export.sheet.assignments"), t.apply("export.col.assignment"),
                t.apply("export.col.gathering"), t.apply("export.col.due"), t.apply("export.col.mode"),
                t.apply("dashboard.col.municipality"), t.apply("export.col.participant"), t.apply("export.col.status"),
                t.apply("export.col.submitted"), t.apply("export.col.overdue"), t.apply("export.col.feedback"));
        String yes = t.apply("export.yes");
        for (AnswerStatusLine line : progress.statusLines(cohortId)) {
            table.add(line.assignmentTitle(), line.gatheringNumber(), line.dueDate(),
                    t.apply("assignment.mode." + line.mode().name()), names.getOrDefault(line.municipalityId(), ""),
                    line.participantName(), t.apply("assignment.status." + line.status().name()),
                    local(line.submittedAt()), line.overdue() ? yes : "", line.releasedFeedback());
        }
        return table;
    }

    private ExportTable assessments(long cohortId, List<CaseProgress> progress, Map<Long, String> names, Locale l) {
        Function<String, String> t = key -> i18n.getTranslation(key, l);
        List<String> headings = new ArrayList<>(List.of(t.apply("dashboard.col.municipality"), t.apply("foundations.date")));
        for (Foundation f : Foundation.values()) {
            headings.add(t.apply("foundation." + f.name()));
        }
        headings.addAll(List.of(t.apply("foundations.product"), t.apply("export.col.percent"), t.apply("export.col.by")));
        ExportTable table = new ExportTable(t.apply("export.sheet.assessments"), headings, new ArrayList<>());
        Map<Long, List<Assessment>> all = assessments.historyInCohort(cohortId);
        for (CaseProgress c : progress) {
            for (Assessment a : all.getOrDefault(c.caseId(), List.of())) {
                List<Object> row = new ArrayList<>(List.of(names.getOrDefault(c.municipalityId(), ""), a.assessedOn()));
                for (Foundation f : Foundation.values()) {
                    row.add(a.scores().get(f));
                }
                row.addAll(List.of(a.product(), Math.round(a.percentage()), a.assessedBy()));
                table.add(row.toArray());
            }
        }
        return table;
    }

    private ExportTable history(List<CaseProgress> progress, Map<Long, String> names, Locale l) {
        Function<String, String> t = key -> i18n.getTranslation(key, l);
        ExportTable table = new ExportTable(t.apply("export.sheet.history"), t.apply("dashboard.col.municipality"),
                t.apply("export.col.when"), t.apply("export.col.from"), t.apply("export.col.to"),
                t.apply("export.col.back"), t.apply("export.col.reason"));
        String yes = t.apply("export.yes");
        for (CaseProgress c : progress) {
            for (CaseProgress.Move m : c.moves()) {
                table.add(names.getOrDefault(c.municipalityId(), ""), local(m.at()), phase(m.from(), t), phase(m.to(), t),
                        m.back() ? yes : "", m.reason());
            }
        }
        return table;
    }

    private static String phase(Phase p, Function<String, String> t) {
        return p == null ? "" : p.number() + " " + t.apply("roadmap.phase." + p.name());
    }

    private static String flag(DashboardRow r, Flag f, String yes) {
        return r.has(f) ? yes : "";
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }
}
