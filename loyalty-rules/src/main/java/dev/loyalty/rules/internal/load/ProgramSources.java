package dev.loyalty.rules.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The three places a program can be loaded from. */
final class ProgramSources {

    private ProgramSources() {}

    /** {@code directory/program.yaml} and {@code directory/rules/*.drl}. */
    static ProgramSource directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new ProgramSource() {
            @Override
            public Optional<String> programYaml(Problems problems) {
                return read(directory.resolve(ProgramReader.FILE), ProgramReader.FILE, problems);
            }

            @Override
            public Map<String, String> rules(Declared declared, Problems problems) {
                return RuleFiles.select(list(directory.resolve("rules"), problems), declared, problems);
            }
        };
    }

    /** Class-path resources {@code dir/program.yaml} and {@code dir/rules/<file>}, as {@code loader} finds them. */
    static ProgramSource classpath(String dir, ClassLoader loader) {
        String base = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        return new ProgramSource() {
            @Override
            public Optional<String> programYaml(Problems problems) {
                return resource(loader, base + "/" + ProgramReader.FILE, ProgramReader.FILE, problems);
            }

            @Override
            public Map<String, String> rules(Declared declared, Problems problems) {
                if (declared.ruleFiles.isPresent()) {
                    Map<String, String> texts = new LinkedHashMap<>();
                    for (Declared.RuleFile file : declared.ruleFiles.get()) {
                        String name = "rules/" + file.name();
                        Optional<String> text = resource(loader, base + "/" + name, name, new Problems());
                        if (text.isEmpty()) {
                            problems.add(ProgramReader.FILE, file.line(), "rule file '" + file.name()
                                    + "' is listed under 'rules:' but there is no class-path resource " + base + "/" + name);
                        }
                        text.ifPresent(t -> texts.put(name, t));
                    }
                    return texts;
                }
                URL url = loader.getResource(base + "/rules");
                if (url != null && !"file".equals(url.getProtocol())) {
                    problems.add(ProgramReader.FILE, 1, "list the rule files under 'rules:': the class-path directory "
                            + base + "/rules is inside a jar and cannot be listed");
                    return Map.of();
                }
                return url == null ? Map.of() : RuleFiles.select(list(path(url), problems), declared, problems);
            }
        };
    }

    /** {@code program.yaml} and DRL files given as text; names may be {@code earn.drl} or {@code rules/earn.drl}. */
    static ProgramSource strings(String programYaml, Map<String, String> drlByFileName) {
        Objects.requireNonNull(programYaml, "programYaml");
        Map<String, String> files = new TreeMap<>();
        drlByFileName.forEach((name, text) -> files.put(name.startsWith("rules/") ? name : "rules/" + name,
                Objects.requireNonNull(text, name)));
        return new ProgramSource() {
            @Override
            public Optional<String> programYaml(Problems problems) {
                return Optional.of(programYaml);
            }

            @Override
            public Map<String, String> rules(Declared declared, Problems problems) {
                return RuleFiles.select(files, declared, problems);
            }
        };
    }

    /** Every {@code *.drl} file of {@code rules} by name ({@code rules/x.drl}), sorted; empty if there is no such directory. */
    private static Map<String, String> list(Path rules, Problems problems) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(rules)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(rules)) {
            paths.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p)).forEach(p -> {
                String name = "rules/" + p.getFileName();
                read(p, name, problems).ifPresent(text -> files.put(name, text));
            });
        } catch (IOException e) {
            problems.add("rules", 0, "cannot list the directory " + rules + ": " + e.getMessage());
        }
        return files;
    }

    private static Optional<String> read(Path path, String name, Problems problems) {
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(name, 0, "cannot read " + path + ": " + (Files.exists(path) ? e.toString() : "no such file"));
            return Optional.empty();
        }
    }

    private static Optional<String> resource(ClassLoader loader, String resource, String name, Problems problems) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                problems.add(name, 0, "no class-path resource " + resource);
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(name, 0, "cannot read class-path resource " + resource + ": " + e);
            return Optional.empty();
        }
    }

    private static Path path(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file URL: " + url, e);
        }
    }
}
