package no.ks.ledergaloppen.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.base.CaseGuard;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.JournalService;
import no.ks.ledergaloppen.security.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case report for the municipal council, as a tagged PDF in the reader's language: the case, its way
 * through the roadmap, the BLT rounds, the five-foundations trend and the journal entries the leader group
 * chose. The case's own leader group, the cohort's facilitators and administrators may download it; a
 * participant from another municipality may not, even when the case is shared with the cohort.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CaseReportService {

    private final CaseGuard guard;
    private final CaseService cases;
    private final PhaseService phases;
    private final BltService blt;
    private final AssessmentService assessments;
    private final JournalService journal;
    private final ObjectProvider<CaseReportSection> sections;
    private final I18NProvider i18n;
    private final PdfRenderer renderer;
    private final Clock clock;
    private final String css = resource("/report/case-report.css");

    CaseReportService(CaseGuard guard, CaseService cases, PhaseService phases, BltService blt,
                      AssessmentService assessments, JournalService journal, ObjectProvider<CaseReportSection> sections,
                      I18NProvider i18n, PdfRenderer renderer, Clock clock) {
        this.guard = guard;
        this.cases = cases;
        this.phases = phases;
        this.blt = blt;
        this.assessments = assessments;
        this.journal = journal;
        this.sections = sections;
        this.i18n = i18n;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * Whether the caller may download the report of a case they can read: its own leader group, the
     * cohort's facilitators and administrators.
     */
    public boolean canDownload(long caseId) {
        return guard.isOwnLeaderGroup(caseId) || guard.facilitates(caseId);
    }

    /**
     * The report as a PDF in {@code locale}'s language (bokmål, nynorsk or English), dated today. A case the
     * caller cannot read is not found; a reader who may not download it is refused.
     */
    public CaseReport render(long caseId, Locale locale) {
        Draft draft = draft(caseId, locale);
        return new CaseReport(draft.fileName(), renderer.render(draft.xhtml()));
    }

    /** The report before it becomes a PDF: its file name and its XHTML. */
    record Draft(String fileName, String xhtml) {
    }

    Draft draft(long caseId, Locale locale) {
        if (!canDownload(caseId)) {
            throw new AccessDeniedException("the report of case " + caseId + " is for its leader group and facilitators");
        }
        LocalDate today = LocalDate.now(clock);
        CaseReportContent content = new CaseReportContent(cases.details(caseId), phases.history(caseId).reversed(),
                blt.rounds(caseId).reversed(), assessments.history(caseId), journal.reportEntries(caseId));
        ReportDocument document = new ReportDocument(i18n, Language.of(locale).locale());
        new CaseReportWriter(document, content, today).write(css,
                () -> sections.orderedStream().forEach(s -> s.write(caseId, document)));
        String fileName = fileName(content.details().summary().municipalityName(),
                document.translate("report.fileWord"), today);
        return new Draft(fileName, document.finish());
    }

    /** "Haugesund-kommune-sak-2026-11-23.pdf": letters without accents, so every browser keeps the name. */
    static String fileName(String municipality, String word, LocalDate day) {
        String plain = (municipality + " " + word).replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o")
                .replace("Ø", "O");
        plain = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug + "-" + day + ".pdf";
    }

    private static String resource(String path) {
        try (InputStream in = CaseReportService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
