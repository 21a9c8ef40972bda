package no.ks.ledergaloppen.ideas;

/** How the idea bank lists ideas. */
public enum IdeaSort {
    NEWEST, MOST_SUPPORTED
}
