package dev.loyalty.spi.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loyalty.accounts.Accounts;
import dev.loyalty.core.MemberId;
import dev.loyalty.core.ledger.Entry;
import dev.loyalty.spi.LoyaltyStore;
import dev.loyalty.spi.MemberState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run's commands applied to the store under test and to the model side by side, checking after
 * every step. Keeps what each step came to, so the run can be repeated on a fresh store.
 */
final class ModelSession {

    private record Key(MemberId owner, String key) {}

    private final ModelProgram program;
    private final LoyaltyStore store;
    private final Accounts accounts;
    private final ReferenceModel model;
    private final Map<Key, List<Entry>> firstPostings = new HashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Map<String, Long> tally = new TreeMap<>();

    ModelSession(ModelProgram program, LoyaltyStore store) {
        this.program = program;
        this.store = store;
        this.accounts = program.open(store);
        this.model = new ReferenceModel(program);
    }

    ReferenceModel model() {
        return model;
    }

    /** Applies {@code step} to both sides and checks everything. */
    void execute(Step step) {
        Map<MemberId, MemberState> before = states();
        Outcome expected = model.apply(step.command());
        CommandRunner.Result actual = CommandRunner.run(accounts, step.command());
        assertThat(actual.outcome()).as("what step %d came to, vs the model", step.number()).isEqualTo(expected);
        outcomes.add(actual.outcome());
        count(expected);
        Map<MemberId, MemberState> after = states();
        if (expected.changes()) {
            checkAppended(before, after, step, actual);
        } else {
            assertThat(after).as("stored state after step %d, which must change nothing", step.number()).isEqualTo(before);
        }
        if (step.command() instanceof Command.Keyed keyed && expected instanceof Outcome.Posted posted) {
            checkRaw(new Key(keyed.owner(), keyed.key()), posted, actual.entries());
        }
        SpendOrderCheck.check(before, after);
        if (step.command() instanceof Command.AdvanceTo advance) {
            SpendOrderCheck.afterSweep(after, advance.at());
        }
        LedgerInvariants.check(program, model, accounts, after, step.now());
    }

    /** Runs {@code steps} again on {@code fresh}: they must come to the same and store the very same entries. */
    void checkDeterministic(List<Step> steps, LoyaltyStore fresh) {
        Accounts again = program.open(fresh);
        for (int i = 0; i < steps.size(); i++) {
            assertThat(CommandRunner.run(again, steps.get(i).command()).outcome())
                    .as("step %d run again on a fresh store", steps.get(i).number()).isEqualTo(outcomes.get(i));
        }
        for (MemberId member : program.members()) {
            assertThat(fresh.load(member).entries())
                    .as("entries of %s after the same commands on a fresh store", member)
                    .isEqualTo(store.load(member).entries());
        }
    }

    /** How often each kind of outcome and entry occurred. */
    Map<String, Long> tally() {
        return Map.copyOf(tally);
    }

    private void count(Outcome expected) {
        String name = expected.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        if (expected instanceof Outcome.Posted posted) {
            name = posted.repeated() ? "repeated" : name;
        } else if (expected instanceof Outcome.Refused refused) {
            name += " " + refused.code();
        } else if (expected instanceof Outcome.Failed failed) {
            name += " " + failed.exception();
        }
        tally.merge(name, 1L, Long::sum);
    }

    private void countEntries(List<Entry> added) {
        for (Entry entry : added) {
            tally.merge("entry " + entry.kind(), 1L, Long::sum);
            if (entry.debtChange() != 0) {
                tally.merge(entry.debtChange() > 0 ? "debt recorded" : "debt repaid", 1L, Long::sum);
            }
        }
    }

    private void checkAppended(Map<MemberId, MemberState> before, Map<MemberId, MemberState> after, Step step,
            CommandRunner.Result actual) {
        List<Entry> added = new ArrayList<>();
        after.forEach((member, state) -> {
            List<Entry> old = before.get(member).entries();
            assertThat(state.entries().subList(0, Math.min(old.size(), state.entries().size())))
                    .as("entries of %s before step %d are kept unchanged", member, step.number()).isEqualTo(old);
            added.addAll(state.entries().subList(Math.min(old.size(), state.entries().size()), state.entries().size()));
        });
        countEntries(added);
        if (!(step.command() instanceof Command.AdvanceTo)) {
            assertThat(actual.entries()).as("entries posted by step %d vs the entries it stored", step.number())
                    .containsExactlyInAnyOrderElementsOf(added);
        }
    }

    private void checkRaw(Key key, Outcome.Posted posted, List<Entry> entries) {
        if (posted.repeated()) {
            assertThat(entries).as("entries of a repeated request vs its first posting").isEqualTo(firstPostings.get(key));
        } else {
            firstPostings.put(key, entries);
        }
    }

    private Map<MemberId, MemberState> states() {
        Map<MemberId, MemberState> states = new LinkedHashMap<>();
        program.members().forEach(member -> states.put(member, store.load(member)));
        return states;
    }
}
