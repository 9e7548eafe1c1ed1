package org.banach.runtime.formats;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses numbers written in text files strictly: plain decimal notation only ({@code 12}, {@code -0.5},
 * {@code 1e-3}, {@code .5}); NaN and infinities are recognised so that they can be refused by name,
 * and anything else (hex, Java's {@code 1d} suffixes, thousands separators) is not a number.
 */
final class TextNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private TextNumbers() {
    }

    /** Whether {@code token} looks like a number, NaN and infinities included (used to tell a header from data). */
    static boolean isNumberLike(String token) {
        String t = token.trim();
        return DECIMAL.matcher(t).matches() || nonFiniteName(t) != null;
    }

    /** The finite value of {@code token}, or a {@link NumberProblem} saying why the token is refused. */
    static double parseFinite(String token) {
        String t = token.trim();
        if (t.isEmpty()) {
            throw new NumberProblem("empty field where a number was expected");
        }
        String nonFinite = nonFiniteName(t);
        if (nonFinite != null) {
            throw new NumberProblem(nonFinite + " ('" + t + "') is not allowed; entries must be finite");
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new NumberProblem("'" + abbreviate(t) + "' is not a number");
        }
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) {
            throw new NumberProblem("'" + abbreviate(t) + "' overflows to infinity; entries must be finite");
        }
        return v;
    }

    /** A finite value that must be a whole number (Matrix Market 'integer' field). */
    static double parseInteger(String token) {
        String t = token.trim();
        if (!INTEGER.matcher(t).matches()) {
            parseFinite(t); // names NaN, infinities and non-numbers precisely
            throw new NumberProblem("'" + abbreviate(t) + "' is not an integer (the header declares the field 'integer')");
        }
        double v = Double.parseDouble(t);
        if (Math.abs(v) > 0x1p53) {
            throw new NumberProblem("integer '" + abbreviate(t) + "' cannot be represented exactly as a double");
        }
        return v;
    }

    /** A positive int index (1-based in all text formats here); {@code what} names it in the reason. */
    static int parseIndex(String token, String what) {
        String t = token.trim();
        if (!INTEGER.matcher(t).matches()) {
            throw new NumberProblem(what + " '" + abbreviate(t) + "' is not an integer");
        }
        long v;
        try {
            v = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            v = Long.MAX_VALUE;
        }
        if (v < 1) {
            throw new NumberProblem(what + " " + t + " is not positive (indices start at 1)");
        }
        if (v > Integer.MAX_VALUE - 8) {
            throw new NumberProblem(what + " " + abbreviate(t) + " is too large (at most " + (Integer.MAX_VALUE - 8) + ")");
        }
        return (int) v;
    }

    /** A non-negative count (sizes in headers). */
    static long parseCount(String token, String what) {
        String t = token.trim();
        if (!INTEGER.matcher(t).matches() || t.startsWith("-")) {
            throw new NumberProblem(what + " '" + abbreviate(t) + "' is not a non-negative integer");
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw new NumberProblem(what + " " + abbreviate(t) + " is too large");
        }
    }

    private static String nonFiniteName(String t) {
        String s = t.toLowerCase(Locale.ROOT);
        if (s.startsWith("+") || s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.equals("nan")) {
            return "NaN";
        }
        if (s.equals("inf") || s.equals("infinity")) {
            return t.startsWith("-") ? "-Infinity" : "Infinity";
        }
        return null;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Why a token is not an acceptable number; the caller adds the file and position. */
    static final class NumberProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NumberProblem(String reason) {
            super(reason, null, false, false);
        }
    }
}
