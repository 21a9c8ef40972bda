package no.ks.ledergaloppen.report;

import java.util.List;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.PhaseMoveInfo;
import no.ks.ledergaloppen.learning.BltRoundInfo;
import no.ks.ledergaloppen.learning.JournalEntryInfo;

/** What the report says, read through the features' services; every list oldest first. */
record CaseReportContent(CaseDetails details, List<PhaseMoveInfo> moves, List<BltRoundInfo> rounds,
                         List<Assessment> assessments, List<JournalEntryInfo> journal) {
}
