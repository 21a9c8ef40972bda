package no.ks.ledergaloppen.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;

/** A failed login: for whom (as typed, known user or not), from where and when. Never the password. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends AbstractEntity {

    public static final int USERNAME_MAX = 100;
    public static final int ADDRESS_MAX = 64;

    @Column(name = "username", nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "client_address", nullable = false, length = ADDRESS_MAX)
    private String clientAddress;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected LoginAttempt() {
    }

    public LoginAttempt(String username, String clientAddress, Instant attemptedAt) {
        this.username = username;
        this.clientAddress = clientAddress;
        this.attemptedAt = attemptedAt;
    }

    public String getUsername() {
        return username;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }
}
