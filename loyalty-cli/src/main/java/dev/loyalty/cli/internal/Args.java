package dev.loyalty.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command's arguments: options with a value ({@code --program DIR} or {@code --program=DIR}), flags
 * ({@code --skip-bad}) and positional arguments. Anything else is a {@link BadInputException} that names it.
 */
public final class Args {

    private final String command;
    private final Map<String, String> options;
    private final List<String> flags;
    private final List<String> positional;

    private Args(String command, Map<String, String> options, List<String> flags, List<String> positional) {
        this.command = command;
        this.options = options;
        this.flags = flags;
        this.positional = positional;
    }

    /**
     * Parses {@code args} of {@code command}, which takes the options {@code valued} and the flags {@code flagNames}.
     *
     * @throws BadInputException for an unknown option, a repeated one, or one without its value
     */
    public static Args parse(String command, List<String> args, List<String> valued, List<String> flagNames) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (flagNames.contains(name) && equals < 0) {
                flags.add(name);
            } else if (valued.contains(name)) {
                String value = equals >= 0 ? arg.substring(equals + 1) : (i + 1 < args.size() ? args.get(++i) : "");
                if (value.isEmpty() || (equals < 0 && value.startsWith("--"))) {
                    throw new BadInputException(command + ": --" + name + " needs a value");
                }
                if (options.put(name, value) != null) {
                    throw new BadInputException(command + ": --" + name + " is given twice");
                }
            } else {
                throw new BadInputException(command + ": unknown option '" + arg + "'; " + command + " takes "
                        + known(valued, flagNames));
            }
        }
        return new Args(command, options, flags, positional);
    }

    private static String known(List<String> valued, List<String> flagNames) {
        List<String> all = new ArrayList<>();
        valued.forEach(name -> all.add("--" + name));
        flagNames.forEach(name -> all.add("--" + name));
        return all.isEmpty() ? "no options" : String.join(", ", all);
    }

    /** Option {@code name}'s value. @throws BadInputException if it was not given */
    public String required(String name) {
        return optional(name).orElseThrow(() -> new BadInputException(command + ": --" + name + " is required"));
    }

    /** Option {@code name}'s value, if given. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** Whether flag {@code name} was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The one positional argument, named {@code what} in the message if it is missing or not alone. */
    public String single(String what) {
        if (positional.size() != 1) {
            throw new BadInputException(command + " takes one " + what + ", but was given " + positional.size() + " arguments"
                    + (positional.isEmpty() ? "" : ": " + String.join(" ", positional)));
        }
        return positional.get(0);
    }

    /** Fails if positional arguments were given to a command that takes none. */
    public Args noPositional() {
        if (!positional.isEmpty()) {
            throw new BadInputException(command + ": unexpected argument '" + positional.get(0) + "'");
        }
        return this;
    }
}
