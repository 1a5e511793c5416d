package dev.loyalty.rules.internal.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DRL file's text with comments blanked out (so that scans do not match inside them) and a way from
 * offsets to lines and columns.
 *
 * @param name the file as problems name it, e.g. {@code rules/earn.drl}
 * @param text the text as written
 * @param code the text with every comment replaced by spaces, newlines kept, so offsets agree with {@code text}
 */
record DrlFile(String name, String text, String code) {

    static DrlFile of(String name, String text) {
        return new DrlFile(name, text, blankComments(text));
    }

    /** The line of {@code offset}, from 1. */
    int line(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The column of {@code offset}, from 1. */
    int column(int offset) {
        return offset - code.lastIndexOf('\n', offset - 1);
    }

    /** The column of the first whole word {@code word} on {@code line}, or 0 if it is not there. */
    int columnOf(int line, String word) {
        String[] lines = code.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return 0;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lines[line - 1]);
        return m.find() ? m.start() + 1 : 0;
    }

    /** The first line from {@code from} to {@code to} (inclusive) holding the whole word {@code word}; 0 if none. */
    int lineOf(String word, int from, int to) {
        for (int line = from; line <= to; line++) {
            if (columnOf(line, word) > 0) {
                return line;
            }
        }
        return 0;
    }

    /** The number of lines. */
    int lineCount() {
        return code.split("\n", -1).length;
    }

    /** {@code //} and {@code /* *}{@code /} comments replaced by spaces; string literals are left alone. */
    private static String blankComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipString(text, i, c);
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = blank(out, i, end < 0 ? text.length() : end);
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? text.length() : end + 2);
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int skipString(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return to;
    }
}
