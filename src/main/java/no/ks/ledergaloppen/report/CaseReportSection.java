package no.ks.ledergaloppen.report;

/**
 * A section another feature adds to the case report, after the five foundations (benefit indicators,
 * once they exist). Declared as a bean by that feature; sections are written in bean order. A section
 * with nothing to say for a case writes nothing, not even its heading.
 */
public interface CaseReportSection {

    void write(long caseId, ReportDocument report);
}
