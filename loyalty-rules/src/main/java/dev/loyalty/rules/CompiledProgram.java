package dev.loyalty.rules;

import dev.loyalty.core.Money;
import dev.loyalty.core.PointType;
import dev.loyalty.core.ledger.LedgerPolicy;
import dev.loyalty.core.tier.TierLadder;
import dev.loyalty.rules.internal.load.LoadedProgram;
import dev.loyalty.rules.internal.load.ProgramLoader;
import dev.loyalty.rules.internal.load.ProgramYaml;
import dev.loyalty.rules.internal.load.Programs;
import dev.loyalty.rules.program.BudgetConfig;
import dev.loyalty.rules.program.CampaignConfig;
import dev.loyalty.rules.program.EngagementConfig;
import dev.loyalty.rules.program.Expiry;
import dev.loyalty.rules.program.GamesConfig;
import dev.loyalty.rules.program.MembershipConfig;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.rules.program.RuleInfo;
import dev.loyalty.rules.program.SegmentConfig;
import dev.loyalty.rules.program.UnknownIdException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loyalty program, loaded and validated: its configuration from {@code program.yaml} and its rules from
 * {@code rules/*.drl}, compiled. Immutable and safe to share between threads; load a new one to change it.
 *
 * <pre>{@code
 * CompiledProgram program = CompiledProgram.load(Path.of("programs/coffee"));
 * }</pre>
 *
 * <p>Loading checks everything and, if anything is wrong, throws a {@link ProgramException} listing
 * every problem with its file and line. {@code docs/program-yaml.md} describes the YAML.
 */
public final class CompiledProgram {

    static {
        Programs.register(program -> program.loaded);
    }

    private final LoadedProgram loaded;
    private final ProgramYaml yaml;
    private final LedgerPolicy ledgerPolicy;
    private final Map<String, PointTypeConfig> pointTypes;
    private final Map<String, RewardConfig> rewards;

    private CompiledProgram(LoadedProgram loaded) {
        this.loaded = loaded;
        this.yaml = loaded.yaml();
        this.ledgerPolicy = LedgerPolicy.of(yaml.reversal(), yaml.types());
        Map<String, PointTypeConfig> types = new LinkedHashMap<>();
        yaml.pointTypes().forEach(type -> types.put(type.id(), type));
        this.pointTypes = Collections.unmodifiableMap(types);
        Map<String, RewardConfig> catalogue = new LinkedHashMap<>();
        yaml.rewards().forEach(reward -> catalogue.put(reward.id(), reward));
        this.rewards = Collections.unmodifiableMap(catalogue);
    }

    /**
     * Loads the program in {@code directory}: {@code program.yaml} and the DRL files in {@code rules/}
     * (those listed under {@code rules:} in that order, or else every {@code *.drl} sorted by name). The
     * rules see the classes of this library's class loader.
     *
     * @throws ProgramException listing every problem found
     */
    public static CompiledProgram load(Path directory) {
        return load(directory, CompiledProgram.class.getClassLoader());
    }

    /** As {@link #load(Path)}, compiling the rules against {@code classLoader}, which must see {@code dev.loyalty.rules.facts}. */
    public static CompiledProgram load(Path directory, ClassLoader classLoader) {
        return new CompiledProgram(ProgramLoader.directory(directory, classLoader));
    }

    /**
     * Loads the program stored as class-path resources under {@code resourceDirectory} (e.g.
     * {@code "programs/coffee"}): {@code program.yaml} and {@code rules/<file>}. A directory inside a jar
     * cannot be listed, so {@code program.yaml} must list its DRL files under {@code rules:}; without that
     * key the DRL files are found only when the directory is a plain directory on disk
     * ({@code file:} URL). The rules are compiled against {@code classLoader}, which also loads the resources.
     *
     * @throws ProgramException listing every problem found (including missing resources)
     */
    public static CompiledProgram loadClasspath(String resourceDirectory, ClassLoader classLoader) {
        return new CompiledProgram(ProgramLoader.classpath(resourceDirectory, classLoader));
    }

    /**
     * Compiles a program given as text: {@code programYaml} and the DRL files by name ({@code "earn.drl"}
     * or {@code "rules/earn.drl"}; problems name them {@code rules/earn.drl}). Files are taken in the
     * order of {@code rules:} if {@code program.yaml} has it, or else sorted by name.
     *
     * @throws ProgramException listing every problem found
     */
    public static CompiledProgram compile(String programYaml, Map<String, String> drlByFileName) {
        return new CompiledProgram(ProgramLoader.strings(programYaml, drlByFileName,
                CompiledProgram.class.getClassLoader()));
    }

    /** The program's name ({@code program:}). */
    public String name() {
        return yaml.name();
    }

    /** The program's version ({@code version:}), recorded on every entry the program makes. */
    public String version() {
        return yaml.version();
    }

    /** The time zone of campaign windows and calendar dates ({@code timeZone:}). */
    public ZoneId zone() {
        return yaml.zone();
    }

    /** The program currency ({@code currency:}): of spend thresholds, point values, coupons and wallets. */
    public Currency currency() {
        return yaml.currency();
    }

    /** How fractional points are rounded to a point type's scale ({@code rounding:}, default DOWN). */
    public RoundingMode rounding() {
        return yaml.rounding();
    }

    /** The point types and the reversal policy, for the ledger. */
    public LedgerPolicy ledgerPolicy() {
        return ledgerPolicy;
    }

    /** The point types with their policies, in declaration order. */
    public List<PointTypeConfig> pointTypes() {
        return yaml.pointTypes();
    }

    /**
     * The point type {@code id} with its policies.
     *
     * @throws UnknownIdException if the program has no such point type; the message lists those it has
     */
    public PointTypeConfig pointType(String id) {
        PointTypeConfig type = pointTypes.get(id);
        if (type == null) {
            throw new UnknownIdException("point type", id, List.copyOf(pointTypes.keySet()));
        }
        return type;
    }

    /**
     * The core point type {@code id}, as the ledger knows it.
     *
     * @throws UnknownIdException if the program has no such point type
     */
    public PointType type(String id) {
        return pointType(id).type();
    }

    /** The tier ladder; empty if the program has no {@code tiers:}. */
    public Optional<TierLadder> tiers() {
        return yaml.tiers();
    }

    /** The id of the point type that counts as status points for tiers; present exactly when {@link #tiers()} is. */
    public Optional<String> statusPointType() {
        return yaml.statusPointType();
    }

    /** The campaigns, in declaration order. */
    public List<CampaignConfig> campaigns() {
        return yaml.campaigns();
    }

    /** The rewards catalogue, in declaration order. */
    public List<RewardConfig> rewards() {
        return yaml.rewards();
    }

    /**
     * The reward {@code id}.
     *
     * @throws UnknownIdException if the catalogue has no such reward; the message lists those it has
     */
    public RewardConfig reward(String id) {
        RewardConfig reward = rewards.get(id);
        if (reward == null) {
            throw new UnknownIdException("reward", id, List.copyOf(rewards.keySet()));
        }
        return reward;
    }

    /** The segments, in declaration order. */
    public List<SegmentConfig> segments() {
        return yaml.segments();
    }

    /**
     * When points of {@code pointType} expire; empty if never.
     *
     * @throws UnknownIdException if the program has no such point type
     */
    public Optional<Expiry> expiry(String pointType) {
        return pointType(pointType).expiry();
    }

    /**
     * How long earned points of {@code pointType} are pending before they can be spent; zero if not at all.
     *
     * @throws UnknownIdException if the program has no such point type
     */
    public Period pendingPeriod(String pointType) {
        return pointType(pointType).pending();
    }

    /**
     * Money per whole point of {@code pointType} in the program currency, for liability; empty if not set.
     *
     * @throws UnknownIdException if the program has no such point type
     */
    public Optional<Money> pointValue(String pointType) {
        return pointType(pointType).value();
    }

    /** The {@code games:} section: badges and levels ({@link GamesConfig#NONE} without it). */
    public GamesConfig games() {
        return yaml.games();
    }

    /** Every rule of the program, in file order and, within a file, in the order written. */
    public List<RuleInfo> rules() {
        return loaded.rules();
    }

    /** The budgets awards draw on ({@code budgets:}), in declaration order. */
    public List<BudgetConfig> budgets() {
        return yaml.budgets();
    }

    /**
     * The budget {@code id}.
     *
     * @throws UnknownIdException if the program has no such budget; the message lists those it has
     */
    public BudgetConfig budget(String id) {
        return yaml.budgets().stream().filter(budget -> budget.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownIdException("budget", id, yaml.budgets().stream().map(BudgetConfig::id).toList()));
    }

    /** {@code CompiledProgram[coffee-club 2026.11.1, 12 rules]}. */
    @Override
    public String toString() {
        return "CompiledProgram[" + name() + " " + version() + ", " + rules().size() + " rules]";
    }

    /** The paid memberships, in declaration order. */
    public List<MembershipConfig> memberships() {
        return yaml.memberships();
    }

    /**
     * The paid membership {@code id}.
     *
     * @throws UnknownIdException if the program has no such membership; the message lists those it has
     */
    public MembershipConfig membership(String id) {
        return memberships().stream().filter(membership -> membership.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownIdException("membership", id, memberships().stream().map(MembershipConfig::id).toList()));
    }

    /** What the program does to keep members engaged: notifications, win-back, re-qualification, segments. */
    public EngagementConfig engagement() {
        return yaml.engagement();
    }
}
