package org.banach.api;

/** A problem id, parameter or input file that a provider cannot turn into an instance; the message says why. */
public class InvalidProblemException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidProblemException(String message) {
        super(message);
    }

    public InvalidProblemException(String message, Throwable cause) {
        super(message, cause);
    }
}
