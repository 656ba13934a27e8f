package org.ispc.blog.pipeline;

import java.util.logging.Level;
import java.util.logging.LogManager;

/** Keeps the libraries' own logging out of the writer's way: the build speaks only in findings. */
final class Logging {
    private Logging() {}

    static void quiet() {
        // libraries inside JBake log through java.util.logging; logback.xml handles the rest
        LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(Level.OFF);
    }
}
