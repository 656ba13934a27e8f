package org.ispc.blog.startup;

import java.time.Duration;

/**
 * A small program for {@link StartupArchiveTest}, run in a JVM of its own as the bake runs: it loads a library
 * (jsoup), then does what the bake does at its end, and says whether its JVM mapped an archive.
 */
public final class StartupArchiveProbe {
    private StartupArchiveProbe() {}

    public static void main(String[] args) {
        String requiredClass = args[0];
        System.out.println("parsed: " + org.jsoup.Jsoup.parse("<p>a</p>").text());
        System.out.println("vm: " + System.getProperty("java.vm.info"));
        String outcome = StartupArchive.missingInThisJvm()
                .map(archive -> archive.write(requiredClass, Duration.ofMinutes(2), System.out)
                        .name())
                .orElse("NOTHING_TO_DO");
        System.out.println("outcome: " + outcome);
    }
}
