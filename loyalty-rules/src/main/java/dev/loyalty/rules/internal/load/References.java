package dev.loyalty.rules.internal.load;

import java.util.ArrayList;
import java.util.List;

/**
 * References from one part of {@code program.yaml} to ids declared in another (a campaign's audience
 * naming a tier, a reward's cost naming a point type), checked once everything has been read so that the
 * order of the sections does not matter.
 */
final class References {

    private record Reference(Section from, int line, Ids to, String id, String role) {}

    private final List<Reference> references = new ArrayList<>();

    /** {@code from}, at {@code line}, names {@code id} of {@code to} as its {@code role} (e.g. "audience tier"). */
    void add(Section from, int line, Ids to, String id, String role) {
        references.add(new Reference(from, line, to, id, role));
    }

    /** Reports every reference to an id that was not declared. */
    void check() {
        for (Reference ref : references) {
            if (!ref.to().has(ref.id())) {
                ref.from().problem(ref.line(), ref.role() + ": " + ref.to().unknown(ref.id()));
            }
        }
    }
}
