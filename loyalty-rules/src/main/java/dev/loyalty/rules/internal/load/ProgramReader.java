package dev.loyalty.rules.internal.load;

import dev.loyalty.core.ledger.ReversalPolicy;
import dev.loyalty.core.tier.TierLadder;
import dev.loyalty.rules.program.BudgetConfig;
import dev.loyalty.rules.program.CampaignConfig;
import dev.loyalty.rules.program.GamesConfig;
import dev.loyalty.rules.program.EngagementConfig;
import dev.loyalty.rules.program.MembershipConfig;
import dev.loyalty.rules.program.PointTypeConfig;
import dev.loyalty.rules.program.RewardConfig;
import dev.loyalty.rules.program.SegmentConfig;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads and validates {@code program.yaml}, recording every problem; see {@code docs/program-yaml.md}. */
final class ProgramReader {

    static final String FILE = "program.yaml";
    private static final List<String> KEYS = Stream.concat(Stream.of("program", "version", "timeZone",
            "currency", "rounding", "reversal", "pointTypes", "tiers", "campaigns", "rewards", "segments", "rules",
            "games", "budgets", "memberships"), EngagementReader.KEYS.stream()).toList();
    private static final Set<RoundingMode> ROUNDINGS =
            Set.of(RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP);

    private ProgramReader() {}

    /**
     * The program described by {@code text} plus the ids it declares (for the DRL checks); the program
     * is empty when any problem was recorded.
     */
    static Map.Entry<Optional<ProgramYaml>, Declared> read(String text, Problems problems) {
        Declared declared = new Declared();
        Optional<Section> root = YamlReader.read(text, FILE, problems)
                .flatMap(node -> Section.of(node, FILE, KEYS, FILE, problems));
        if (root.isEmpty()) {
            return Map.entry(Optional.empty(), declared);
        }
        declared.readable = true;
        int before = problems.count();
        Optional<ProgramYaml> program = read(root.get(), declared);
        return Map.entry(problems.count() > before ? Optional.empty() : program, declared);
    }

    private static Optional<ProgramYaml> read(Section root, Declared declared) {
        Optional<String> name = root.text("program", true);
        Optional<String> version = root.text("version", true);
        Optional<ZoneId> zone = root.value("timeZone", true, "a time zone such as Europe/Berlin", Values::zone);
        declared.currency = root.value("currency", true, "an ISO 4217 currency code such as EUR", Values::currency);
        RoundingMode rounding = root.value("rounding", false, "down | half_up | half_even | up",
                t -> Values.constant(RoundingMode.class, t).filter(ROUNDINGS::contains)).orElse(RoundingMode.DOWN);
        ReversalPolicy reversal = root.value("reversal", false, "debt | reject",
                t -> Values.constant(ReversalPolicy.class, t)).orElse(ReversalPolicy.DEBT);
        List<PointTypeConfig> pointTypes = new PointTypesReader(declared).read(root);
        List<SegmentConfig> segments = new SegmentsReader(declared).read(root);
        Optional<Map.Entry<TierLadder, String>> tiers = new TiersReader(declared).read(root);
        List<CampaignConfig> campaigns = new CampaignsReader(declared, zone).read(root);
        List<RewardConfig> rewards = new RewardsReader(declared, zone).read(root);
        GamesConfig games = new GamesReader(declared).read(root);
        List<BudgetConfig> budgets = new BudgetsReader(declared).read(root);
        List<MembershipConfig> memberships = new MembershipsReader(declared).read(root);
        EngagementConfig engagement = EngagementReader.read(root, declared);
        declared.ruleFiles = ruleFiles(root);
        Optional<List<String>> ruleFiles = declared.ruleFiles
                .map(files -> files.stream().map(Declared.RuleFile::name).toList());
        declared.references.check();
        if (name.isEmpty() || version.isEmpty() || zone.isEmpty() || declared.currency.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProgramYaml(name.get(), version.get(), zone.get(), declared.currency.get(), rounding,
                reversal, pointTypes, tiers.map(Map.Entry::getKey), tiers.map(Map.Entry::getValue), campaigns,
                rewards, segments, ruleFiles, games, budgets, memberships, engagement));
    }

    /** {@code rules: [earn.drl, redeem.drl]}: names of files in {@code rules/}, each once, ending in .drl. */
    private static Optional<List<Declared.RuleFile>> ruleFiles(Section root) {
        if (!root.has("rules")) {
            return Optional.empty();
        }
        List<Declared.RuleFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode.Scalar scalar : Items.texts(root, "rules")) {
            String file = String.valueOf(scalar.text());
            if (!file.matches("[A-Za-z0-9_.-]+\\.drl")) {
                root.problem(scalar.line(), "rule file '" + file + "' must be a file name in rules/ ending in .drl");
            } else if (!seen.add(file)) {
                root.problem(scalar.line(), "rule file '" + file + "' is listed twice");
            } else {
                files.add(new Declared.RuleFile(file, scalar.line()));
            }
        }
        return Optional.of(List.copyOf(files));
    }
}
