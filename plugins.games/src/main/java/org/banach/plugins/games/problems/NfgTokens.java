package org.banach.plugins.games.problems;

import java.util.ArrayList;
import java.util.List;

import org.banach.api.InvalidProblemException;

/**
 * The tokens of a Gambit file: braces, double-quoted labels (with \" escapes) and bare words
 * (numbers); whitespace and commas separate. Each token keeps its line and column for messages.
 */
final class NfgTokens {

    /** One token; {@code quoted} for a label. */
    static final class Token {
        final String text;
        final boolean quoted;
        final int line;
        final int column;

        Token(String text, boolean quoted, int line, int column) {
            this.text = text;
            this.quoted = quoted;
            this.line = line;
            this.column = column;
        }

        boolean is(String s) {
            return !quoted && text.equals(s);
        }

        String where() {
            return "line " + line + ", column " + column;
        }

        String shown() {
            return quoted ? "\"" + text + "\"" : "'" + text + "'";
        }
    }

    private final String file;
    private final List<Token> tokens;
    private int next;

    NfgTokens(String file, String text) {
        this.file = file;
        this.tokens = tokenize(file, text);
    }

    private static List<Token> tokenize(String file, String s) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '{' || c == '}') {
                out.add(new Token(String.valueOf(c), false, line, i - lineStart + 1));
                i++;
            } else if (c == '"') {
                int l0 = line;
                int c0 = i - lineStart + 1;
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new InvalidProblemException(file + ", line " + l0 + ", column " + c0
                                + ": unterminated quoted label");
                    }
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length()) {
                        b.append(s.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    if (d == '"') {
                        i++;
                        break;
                    }
                    if (d == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                    b.append(d);
                    i++;
                }
                out.add(new Token(b.toString(), true, l0, c0));
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && ",{}\"".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                out.add(new Token(s.substring(start, i), false, line, start - lineStart + 1));
            }
        }
        return out;
    }

    boolean atEnd() {
        return next >= tokens.size();
    }

    /** The next token without consuming it; null at the end. */
    Token peek() {
        return atEnd() ? null : tokens.get(next);
    }

    Token take(String what) {
        if (atEnd()) {
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            throw new InvalidProblemException(file + (last == null ? "" : ", after " + last.where())
                    + ": unexpected end of file, expected " + what);
        }
        return tokens.get(next++);
    }

    void expect(String symbol) {
        Token t = take("'" + symbol + "'");
        if (!t.is(symbol)) {
            throw error(t, "expected '" + symbol + "', found " + t.shown());
        }
    }

    String label(String what) {
        Token t = take(what);
        if (!t.quoted) {
            throw error(t, "expected " + what + " (a quoted label), found " + t.shown());
        }
        return t.text;
    }

    /** A finite number: integer, decimal (with exponent) or rational p/q. */
    double number(String what) {
        Token t = take(what);
        if (t.quoted || t.is("{") || t.is("}")) {
            throw error(t, "expected " + what + ", found " + t.shown());
        }
        double v;
        try {
            int slash = t.text.indexOf('/');
            v = slash < 0 ? parseDecimal(t.text)
                    : parseDecimal(t.text.substring(0, slash)) / parseDecimal(t.text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw error(t, "expected " + what + ", found " + t.shown() + " (not a number)");
        }
        if (!Double.isFinite(v)) {
            throw error(t, what + " " + t.shown() + " is not finite");
        }
        return v;
    }

    private static double parseDecimal(String s) {
        if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw new NumberFormatException(s); // refuses NaN, Infinity, hex and Java suffixes
        }
        return Double.parseDouble(s);
    }

    /** A non-negative integer no larger than {@code max}. */
    int integer(String what, int max) {
        Token t = peek();
        double v = number(what);
        if (v != Math.rint(v) || v < 0 || v > max) {
            throw error(t, what + " must be an integer in [0, " + max + "], found " + t.shown());
        }
        return (int) v;
    }

    InvalidProblemException error(Token t, String reason) {
        return new InvalidProblemException(file + ", " + t.where() + ": " + reason);
    }
}
