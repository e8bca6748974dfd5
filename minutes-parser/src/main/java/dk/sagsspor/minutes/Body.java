package dk.sagsspor.minutes;

/**
 * A political or administrative body (committee, council, network).
 *
 * @param id   registry id ({@code bfu}, {@code su}, ...) or, for a body not in the registry, a slug of its name
 * @param name the name without any electoral-term suffix
 * @param term the electoral term ({@code 2022-2025}), as written after the name or derived from the date it acted on
 */
public record Body(String id, String name, String term) {
}
