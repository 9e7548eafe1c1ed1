package org.banach.runtime.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a .npy file: a Python dict literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}. A small parser for the
 * literals NumPy writes there (dicts, tuples, lists, strings, integers, True/False/None); a
 * structured dtype's list descriptor is parsed too, so that it can be refused by name.
 */
final class NpyHeader {

    /** The 'descr' entry: a dtype string, or {@code null} when it is a structured (list) descriptor. */
    final String descr;
    final boolean fortranOrder;
    final long[] shape;

    private NpyHeader(String descr, boolean fortranOrder, long[] shape) {
        this.descr = descr;
        this.fortranOrder = fortranOrder;
        this.shape = shape;
    }

    /** Parses the header text; a {@link Malformed} names the character offset within the header. */
    static NpyHeader parse(String text) {
        Parser p = new Parser(text);
        p.skipSpace();
        Object value = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw new Malformed(p.pos, "unexpected text after the header dict");
        }
        if (!(value instanceof Map)) {
            throw new Malformed(0, "the header is not a Python dict");
        }
        Map<?, ?> dict = (Map<?, ?>) value;
        for (Object key : dict.keySet()) {
            if (!List.of("descr", "fortran_order", "shape").contains(key)) {
                throw new Malformed(0, "unexpected header key '" + key + "' (expected 'descr', 'fortran_order', 'shape')");
            }
        }
        for (String key : List.of("descr", "fortran_order", "shape")) {
            if (!dict.containsKey(key)) {
                throw new Malformed(0, "the header lacks '" + key + "'");
            }
        }
        Object descr = dict.get("descr");
        if (!(descr instanceof String) && !(descr instanceof List)) {
            throw new Malformed(0, "'descr' is neither a dtype string nor a list of fields");
        }
        Object fortran = dict.get("fortran_order");
        if (!(fortran instanceof Boolean)) {
            throw new Malformed(0, "'fortran_order' is not True or False");
        }
        Object shape = dict.get("shape");
        if (!(shape instanceof List)) {
            throw new Malformed(0, "'shape' is not a tuple");
        }
        List<?> dims = (List<?>) shape;
        long[] s = new long[dims.size()];
        for (int i = 0; i < s.length; i++) {
            if (!(dims.get(i) instanceof Long) || (Long) dims.get(i) < 0) {
                throw new Malformed(0, "'shape' holds " + dims.get(i) + ", not a non-negative integer");
            }
            s[i] = (Long) dims.get(i);
        }
        return new NpyHeader(descr instanceof String ? (String) descr : null, (Boolean) fortran, s);
    }

    /** The shape as Python prints it: {@code (3,)}, {@code (2, 3, 4)}. */
    static String shapeText(long[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            b.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return b.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** A header that is not the dict NumPy writes; {@code offset} is within the header text. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;

        Malformed(int offset, String reason) {
            super(reason, null, false, false);
            this.offset = offset;
        }
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Object value() {
            skipSpace();
            if (pos >= s.length()) {
                throw new Malformed(pos, "the header ends where a value was expected");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return dict();
                case '(':
                    return sequence('(', ')');
                case '[':
                    return sequence('[', ']');
                case '\'':
                case '"':
                    return string(c);
                default:
                    if (c == '-' || Character.isDigit(c)) {
                        return integer();
                    }
                    return name();
            }
        }

        private Map<Object, Object> dict() {
            Map<Object, Object> map = new LinkedHashMap<>();
            pos++;
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return map;
                }
                int keyAt = pos;
                Object key = value();
                skipSpace();
                expect(':');
                Object v = value();
                if (map.put(key, v) != null) {
                    throw new Malformed(keyAt, "duplicate key '" + key + "'");
                }
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != '}') {
                    throw new Malformed(pos, "expected ',' or '}' in the dict");
                }
            }
        }

        private List<Object> sequence(char open, char close) {
            List<Object> items = new ArrayList<>();
            pos++;
            while (true) {
                skipSpace();
                if (peek() == close) {
                    pos++;
                    return items;
                }
                items.add(value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != close) {
                    throw new Malformed(pos, "expected ',' or '" + close + "'");
                }
            }
        }

        private String string(char quote) {
            int start = ++pos;
            while (pos < s.length() && s.charAt(pos) != quote) {
                if (s.charAt(pos) == '\\') {
                    pos++;
                }
                pos++;
            }
            if (pos >= s.length()) {
                throw new Malformed(start - 1, "unterminated string");
            }
            return s.substring(start, pos++);
        }

        private Long integer() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            String digits = s.substring(start, pos);
            if (pos < s.length() && (s.charAt(pos) == 'L' || s.charAt(pos) == 'l')) {
                pos++; // Python 2 long literal, as old NumPy versions wrote shapes
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new Malformed(start, "'" + digits + "' is not an integer that fits in 64 bits");
            }
        }

        private Object name() {
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            String name = s.substring(start, pos);
            switch (name) {
                case "True":
                    return Boolean.TRUE;
                case "False":
                    return Boolean.FALSE;
                case "None":
                    return "None";
                default:
                    throw new Malformed(start, "unexpected "
                            + (name.isEmpty() ? "character '" + s.charAt(start) + "'" : "name '" + name + "'"));
            }
        }

        private char peek() {
            if (pos >= s.length()) {
                throw new Malformed(pos, "the header ends inside a value");
            }
            return s.charAt(pos);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new Malformed(pos, "expected '" + c + "'");
            }
            pos++;
        }
    }
}
