package no.ks.ledergaloppen.assignment;

/** An attachment's content for download, with the name and type the server decided on. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
