package org.banach.launch.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.banach.api.Platform;
import org.banach.launch.embed.EmbeddedBanach;

/**
 * One command's runtime: started from {@link RuntimeOptions}, closed when the command ends. A shutdown
 * hook (Ctrl-C, SIGTERM) first runs the command's cancel action (cancelling its jobs) until the command
 * has finished, at most 10 s, then stops the framework.
 */
final class Session implements AutoCloseable {

    private static final long GRACE_MS = 10_000;

    private final EmbeddedBanach banach;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile Runnable cancel;
    private volatile boolean interrupted;

    private Session(EmbeddedBanach banach) {
        this.banach = banach;
        this.hook = new Thread(this::onShutdown, "banach-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static Session open(RuntimeOptions options, boolean interactiveShell) {
        return new Session(options.start(interactiveShell));
    }

    EmbeddedBanach banach() {
        return banach;
    }

    Platform platform() {
        return banach.platform();
    }

    /** What Ctrl-C does before the framework stops; called repeatedly until the command finished. */
    void onInterrupt(Runnable action) {
        cancel = action;
    }

    /** True once Ctrl-C (or SIGTERM) was received. */
    boolean interrupted() {
        return interrupted;
    }

    private void onShutdown() {
        interrupted = true;
        Runnable c = cancel;
        if (c != null) {
            Cli.err().println("banach: interrupted; cancelling");
            long deadline = System.currentTimeMillis() + GRACE_MS;
            try {
                do {
                    try {
                        c.run();
                    } catch (RuntimeException e) {
                        break; // the runtime is already going away
                    }
                } while (!finished.await(100, TimeUnit.MILLISECONDS) && System.currentTimeMillis() < deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        banach.close();
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook closes the runtime
        }
        banach.close();
    }
}
