package no.ks.ledergaloppen.base;

/**
 * A rule of the domain was broken by user input. Carries a translation key (and arguments) so the
 * UI can show the message in the user's language, and the name of the field it concerns, if any.
 */
public class DomainException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static DomainException of(String messageKey, Object... args) {
        return new DomainException(null, messageKey, args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
