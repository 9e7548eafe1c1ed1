package org.banach.runtime.shell;

import java.util.ArrayList;
import java.util.List;

/** A plain aligned text table for terminal output. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        columns = header.length;
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] r = new String[columns];
        for (int i = 0; i < columns; i++) {
            r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
        }
        rows.add(r);
        return this;
    }

    @Override
    public String toString() {
        int[] w = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            for (int i = 0; i < columns; i++) {
                sb.append(i == columns - 1 ? r[i] : String.format("%-" + w[i] + "s  ", r[i]));
            }
            sb.append('\n');
            if (k == 0) {
                for (int i = 0; i < columns; i++) {
                    sb.append("-".repeat(w[i])).append(i == columns - 1 ? "" : "  ");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
