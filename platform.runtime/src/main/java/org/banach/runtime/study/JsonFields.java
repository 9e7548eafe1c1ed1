package org.banach.runtime.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to a study file's JSON tree that fails with a {@link StudyFormatException} naming the
 * file, the JSON path and what was expected.
 */
final class JsonFields {

    private final Path file;

    JsonFields(Path file) {
        this.file = file;
    }

    StudyFormatException fault(String path, String reason) {
        return new StudyFormatException(file, path, reason);
    }

    static String child(String path, String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + key : path + "[\"" + key.replace("\"", "\\\"") + "\"]";
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** Requires an object whose keys are all in {@code known}. */
    void object(JsonNode node, String path, List<String> known) {
        if (node == null || !node.isObject()) {
            throw fault(path, "expected an object {...}, found " + describe(node));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (!known.contains(key)) {
                String hint = closest(key, known);
                throw fault(child(path, key), "unknown key \"" + key + "\""
                        + (hint == null ? "" : " (did you mean \"" + hint + "\"?)") + "; allowed here: " + known);
            }
        }
    }

    /** The value of a field that must be present. */
    JsonNode required(JsonNode obj, String path, String key) {
        JsonNode v = obj.get(key);
        if (v == null) {
            throw fault(child(path, key), "missing field \"" + key + "\"");
        }
        return v;
    }

    /** A non-empty string. */
    String string(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw fault(path, "expected a string, found " + describe(node));
        }
        if (node.textValue().isBlank()) {
            throw fault(path, "must not be empty");
        }
        return node.textValue();
    }

    /** An integer (a JSON number without fraction). */
    long integer(JsonNode node, String path) {
        if (node != null && node.isNumber()) {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return node.longValue();
            }
            double d = node.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
                return (long) d;
            }
        }
        throw fault(path, "expected an integer, found " + describe(node));
    }

    /** An integer of at least 1 that fits an int. */
    int positiveInt(JsonNode node, String path) {
        long v = integer(node, path);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw fault(path, "must be a positive integer, found " + v);
        }
        return (int) v;
    }

    /** A finite number greater than 0. */
    double positiveNumber(JsonNode node, String path) {
        if (node == null || !node.isNumber()) {
            throw fault(path, "expected a number of seconds, found " + describe(node));
        }
        double d = node.doubleValue();
        if (!(d > 0) || !Double.isFinite(d)) {
            throw fault(path, "must be a positive number, found " + node.asText());
        }
        return d;
    }

    /** A non-empty array of distinct non-empty strings. */
    List<String> stringList(JsonNode node, String path) {
        JsonNode array = nonEmptyArray(node, path);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String s = string(array.get(i), index(path, i));
            if (out.contains(s)) {
                throw fault(index(path, i), "\"" + s + "\" is listed twice");
            }
            out.add(s);
        }
        return out;
    }

    /** A non-empty array of distinct integers. */
    List<Long> integerList(JsonNode node, String path) {
        JsonNode array = nonEmptyArray(node, path);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            long v = integer(array.get(i), index(path, i));
            if (out.contains(v)) {
                throw fault(index(path, i), v + " is listed twice");
            }
            out.add(v);
        }
        return out;
    }

    private JsonNode nonEmptyArray(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            throw fault(path, "expected an array [...], found " + describe(node));
        }
        if (node.isEmpty()) {
            throw fault(path, "must not be empty");
        }
        return node;
    }

    /** An object of names to strings, numbers or booleans, each turned into its text. */
    Map<String, String> scalarMap(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw fault(path, "expected an object {\"name\": value, ...}, found " + describe(node));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = child(path, e.getKey());
            if (e.getKey().isBlank()) {
                throw fault(p, "a name must not be empty");
            }
            out.put(e.getKey(), scalar(e.getValue(), p));
        }
        return out;
    }

    /** A string, number or boolean as text; integral numbers without fraction. */
    String scalar(JsonNode v, String path) {
        if (v != null && v.isTextual()) {
            return v.textValue();
        }
        if (v != null && v.isBoolean()) {
            return Boolean.toString(v.booleanValue());
        }
        if (v != null && v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v != null && v.isNumber()) {
            return RunKeys.formatNumber(v.doubleValue());
        }
        throw fault(path, "expected a string, number or boolean, found " + describe(v));
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        String text = n.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        String kind;
        if (n.isObject()) {
            kind = "an object";
        } else if (n.isArray()) {
            kind = "an array";
        } else if (n.isTextual()) {
            kind = "a string";
        } else if (n.isNumber()) {
            kind = "a number";
        } else if (n.isBoolean()) {
            kind = "a boolean";
        } else if (n.isNull()) {
            return "null";
        } else {
            kind = n.getNodeType().name().toLowerCase();
        }
        return kind + " " + text;
    }

    /** The known key nearest to {@code key} (edit distance at most 2 or a case difference), or null. */
    static String closest(String key, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = k.equalsIgnoreCase(key) ? 0 : distance(key.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= 2 ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
