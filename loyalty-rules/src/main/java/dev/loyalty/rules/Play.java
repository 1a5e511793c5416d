package dev.loyalty.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an event did in the program's games ({@code games:} in {@code program.yaml}).
 *
 * @param badges the badges the member earned with the event, in the order the rules gave them
 * @param levelUp the level the member reached with them, if they moved up
 * @param spins the wheels spun, in order, each with its seed and prize
 */
public record Play(List<String> badges, Optional<String> levelUp, List<SpinResult> spins) {

    /** Nothing happened in the games. */
    public static final Play NONE = new Play(List.of(), Optional.empty(), List.of());

    /** Validates the fields and copies the lists. */
    public Play {
        badges = List.copyOf(badges);
        Objects.requireNonNull(levelUp, "levelUp");
        spins = List.copyOf(spins);
    }
}
