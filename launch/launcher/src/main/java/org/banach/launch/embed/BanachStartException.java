package org.banach.launch.embed;

/**
 * The runtime could not start or did not become ready: the message says what failed and, where it
 * applies, lists the bundles that are not active and the components that are not satisfied, with the
 * reason for each.
 */
public class BanachStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BanachStartException(String message) {
        super(message);
    }

    public BanachStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
