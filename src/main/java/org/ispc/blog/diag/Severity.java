package org.ispc.blog.diag;

/** How serious a finding is: an error stops the build, a warning is only reported. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word printed in a finding line, as compilers print it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
