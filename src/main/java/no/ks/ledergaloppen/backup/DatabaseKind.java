package no.ks.ledergaloppen.backup;

import java.util.Locale;

/** Which database the app runs on decides who takes the backups: the app itself only on an H2 file database. */
public enum DatabaseKind {
    H2_FILE, H2_MEMORY, POSTGRESQL, OTHER;

    static DatabaseKind of(String productName, String url) {
        String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.equals("h2")) {
            return url != null && (url.startsWith("jdbc:h2:mem:") || url.contains("/mem:")) ? H2_MEMORY : H2_FILE;
        }
        return OTHER;
    }
}
