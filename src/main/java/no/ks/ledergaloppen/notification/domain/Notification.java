package no.ks.ledergaloppen.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;

/** A message to one user, stored as a translation key and its arguments so it reads in the user's language. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "args", length = 1000)
    private String args;

    @Column(name = "link", length = 200)
    private String link;

    @Column(name = "dedupe_key", length = 100)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long userId, String messageKey, String args, String link, String dedupeKey, Instant createdAt) {
        this.userId = userId;
        this.messageKey = messageKey;
        this.args = args;
        this.link = link;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long getUserId() {
        return userId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArgs() {
        return args;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
