package no.ks.ledergaloppen.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AuditKind;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One security-relevant event: who, when, what kind, to what, from where. Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public static final int USERNAME_MAX = 100;
    public static final int SUBJECT_MAX = 60;
    public static final int DETAIL_MAX = 500;
    public static final int ADDRESS_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "username", length = USERNAME_MAX, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private AuditKind kind;

    @Column(name = "subject", length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(name = "detail", length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(name = "client_address", length = ADDRESS_MAX, updatable = false)
    private String clientAddress;

    protected AuditEvent() {
    }

    /** Over-long texts are cut, so that recording never fails on what a user typed. */
    public AuditEvent(Instant happenedAt, Long userId, String username, AuditKind kind, String subject, String detail,
                      String clientAddress) {
        this.happenedAt = java.util.Objects.requireNonNull(happenedAt);
        this.kind = java.util.Objects.requireNonNull(kind);
        this.userId = userId;
        this.username = cut(username, USERNAME_MAX);
        this.subject = cut(subject, SUBJECT_MAX);
        this.detail = cut(detail, DETAIL_MAX);
        this.clientAddress = cut(clientAddress, ADDRESS_MAX);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
