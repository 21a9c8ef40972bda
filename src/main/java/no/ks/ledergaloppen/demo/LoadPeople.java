package no.ks.ledergaloppen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The load data set's users, written in batches: through {@code UserService} every one of 1 600 users would hash
 * its password again (about 0.1 s each); here the password is hashed once and the hash shared.
 */
@Component
@Profile("loaddata & !demo")
class LoadPeople {

    /** Every generated user's id by username. */
    record Ids(Map<String, Long> byUsername) {
        long of(String username) {
            return byUsername.get(username);
        }
    }

    private static final String INSERT = "insert into app_user (version, username, display_name, email,"
            + " password_hash, role, enabled, must_change_password, preferred_language, created_at)"
            + " values (0, ?, ?, ?, ?, ?, true, false, ?, ?)";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    LoadPeople(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    Ids create(int cohorts) {
        String hash = encoder.encode(LoadData.PASSWORD);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("admin", "Administrator Last", Role.ADMIN, Language.NB, hash, now));
        for (int c = 1; c <= cohorts; c++) {
            rows.add(row("f-" + c, "Fasilitator " + c, Role.FACILITATOR, Language.NB, hash, now));
            for (int m = 1; m <= LoadData.MUNICIPALITIES; m++) {
                for (int p = 1; p <= LoadData.PARTICIPANTS; p++) {
                    rows.add(row(participant(c, m, p), "Deltaker " + c + "-" + m + "-" + p, Role.PARTICIPANT,
                            m % 3 == 0 ? Language.NN : Language.NB, hash, now));
                }
            }
        }
        jdbc.batchUpdate(INSERT, rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, username from app_user", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        return new Ids(ids);
    }

    static String participant(int cohort, int municipality, int participant) {
        return "p-" + cohort + "-" + municipality + "-" + participant;
    }

    private static Object[] row(String username, String name, Role role, Language language, String hash,
                                Timestamp now) {
        return new Object[] {username, name, username + "@last.ledergaloppen.invalid", hash, role.name(),
            language.name(), now};
    }
}
