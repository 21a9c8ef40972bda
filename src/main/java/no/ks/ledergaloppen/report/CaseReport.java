package no.ks.ledergaloppen.report;

/** A rendered case report: the PDF and the file name it is offered under. */
public record CaseReport(String fileName, byte[] pdf) {
}
