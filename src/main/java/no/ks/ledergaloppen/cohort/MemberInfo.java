package no.ks.ledergaloppen.cohort;

/** One person in a municipality's leader group. */
public record MemberInfo(long memberId, long userId, String displayName, String username, String title,
                         boolean enabled) {
}
