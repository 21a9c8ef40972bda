package no.ks.ledergaloppen.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 200;

    @Column(name = "username", nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "preferred_language", nullable = false, length = 5)
    private Language preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, String passwordHash, Role role,
                   Language language, boolean mustChangePassword, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.preferredLanguage = language;
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void update(String displayName, String email, Role role, Language language) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.preferredLanguage = language;
    }

    public void changePassword(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextLogin;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void preferLanguage(Language language) {
        this.preferredLanguage = language;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
