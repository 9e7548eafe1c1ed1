package org.banach.api;

/** Settings or parameters that a solver or provider refuses before anything runs; the message says why. */
public class InvalidSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(String message) {
        super(message);
    }
}
