package no.ks.ledergaloppen.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.DomainException;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 10 characters, at most the 72 bytes bcrypt reads (æ, ø and å take
 * two), and not a common one. Common means on the bundled list ({@code security/common-passwords.txt}),
 * or a word from it with only digits and signs around it (also with letter swaps such as p@ssw0rd), a run
 * along the keyboard or the alphabet, or hardly more than a few different characters.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;
    private static final Pattern AROUND_THE_WORD = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] RUNS = {"abcdefghijklmnopqrstuvwxyzæøå", "qwertyuiopåasdfghjkløæzxcvbnm",
        "1234567890", "qazwsxedcrfvtgbyhnujmikolpøæå"};

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("/security/common-passwords.txt");
    }

    /** Refuses a password that breaks a rule, with the message for the given field. */
    public void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException(field, "password.error.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainException(field, "password.error.tooLong", MAX_BYTES);
        }
        if (isCommon(password)) {
            throw new DomainException(field, "password.error.common");
        }
    }

    /** A one-time password for the app to hand out: random, and always within these rules. */
    public String oneTimePassword() {
        String password = randomPassword();
        while (isCommon(password)) {
            password = randomPassword();
        }
        return password;
    }

    /** 14 letters and digits, none that look alike (no 0/O, 1/l/I). */
    static String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String word = AROUND_THE_WORD.matcher(lower).replaceAll("");
        return common.contains(lower) || common.contains(word) || common.contains(unswapped(word, 'i'))
                || common.contains(unswapped(word, 'l')) || isRun(lower)
                || lower.codePoints().distinct().count() < MIN_DISTINCT;
    }

    /** p@ssw0rd → password; a 1 may stand for i or l. */
    private static String unswapped(String word, char one) {
        return word.replace('0', 'o').replace('1', one).replace('3', 'e').replace('4', 'a').replace('5', 's')
                .replace('7', 't').replace('@', 'a').replace('$', 's').replace('!', 'i');
    }

    private static boolean isRun(String lower) {
        for (String run : RUNS) {
            if (run.contains(lower) || new StringBuilder(run).reverse().toString().contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
