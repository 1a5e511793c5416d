package dev.loyalty.rules.internal.load;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** What rule authors can match on: the fact types of {@code dev.loyalty.rules.facts} and their fields, for messages. */
final class FactTypes {

    private static final String PACKAGE = "dev.loyalty.rules.facts.";
    private static final List<String> NAMES = List.of("Member", "Purchase", "Line", "Refund", "Enrollment", "Activity",
            "Referral", "RedemptionRequest", "Event", "Campaign", "Today", "Decisions", "Spin");

    private final ClassLoader loader;

    FactTypes(ClassLoader loader) {
        this.loader = loader;
    }

    /** The simple names of the fact types the class loader sees. */
    List<String> known() {
        return NAMES.stream().filter(name -> load(PACKAGE + name).isPresent()).toList();
    }

    /** {@code "; did you mean 'Purchase'?"} if a known type is close to {@code name}, else nothing. */
    String suggestion(String name) {
        return closest(name, known()).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** The readable properties (JavaBean getters) of class {@code binaryName}, sorted; empty if it cannot be loaded. */
    List<String> fields(String binaryName) {
        TreeSet<String> fields = new TreeSet<>();
        load(binaryName).ifPresent(type -> {
            for (Method method : type.getMethods()) {
                String property = property(method);
                if (property != null && method.getDeclaringClass() != Object.class) {
                    fields.add(property);
                }
            }
        });
        return new ArrayList<>(fields);
    }

    /** The known name closest to {@code name}, within 2 edits (case ignored). */
    static Optional<String> closest(String name, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Class<?>> load(String binaryName) {
        try {
            return Optional.of(Class.forName(binaryName, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static @org.jspecify.annotations.Nullable String property(Method method) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return decapitalize(name.substring(3));
        }
        boolean bool = method.getReturnType() == boolean.class;
        return bool && name.startsWith("is") && name.length() > 2 ? decapitalize(name.substring(2)) : null;
    }

    /** {@code Total} to {@code total}, but {@code URL} stays {@code URL}, as JavaBeans do. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
