package org.banach.launch.embed;

/** One-line reasons for failed bundle and framework operations, for the runtime's log sink. */
final class FailureReason {

    private FailureReason() {
    }

    /**
     * One line saying why an operation failed: the message (without Felix's list of unresolved
     * requirements) followed by the chain of causes.
     */
    static String of(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        int cut = sb.indexOf(" Unresolved requirements:");
        if (cut > 0) {
            sb.setLength(cut);
        }
        Throwable c = e.getCause();
        while (c != null && c != c.getCause()) {
            sb.append(": ").append(c.getClass().getSimpleName()).append(c.getMessage() == null ? "" : " " + c.getMessage());
            c = c.getCause();
        }
        return oneLine(sb.toString()).trim();
    }

    /** {@code text} with every line break (and the white space around it) folded into one space. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
