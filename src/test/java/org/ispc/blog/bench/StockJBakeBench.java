package org.ispc.blog.bench;

import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Stock JBake 2.7.0 baking a site from Java, as its CLI does: {@code new Oven(...).bake()} with the default
 * configuration read from the site's own jbake.properties, in memory content store. None of the project's
 * code is involved: run it with jbake-core and its libraries on the class path, without target/classes.
 *
 * <p>Usage: {@code StockJBakeBench <source-dir> <output-dir>}. Prints one line,
 * {@code stock-jbake: <n> errors, bake <ms> ms}; exits with 1 when JBake reports errors.
 */
public final class StockJBakeBench {

    private StockJBakeBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StockJBakeBench <source-dir> <output-dir>");
            System.exit(2);
        }
        File source = new File(args[0]);
        File output = new File(args[1]);
        long start = System.nanoTime();
        DefaultJBakeConfiguration config =
                new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, output, true);
        Oven oven = new Oven(UtensilsFactory.createDefaultUtensils(config));
        oven.bake();
        long millis = (System.nanoTime() - start) / 1_000_000;
        oven.getErrors().forEach(e -> System.err.println("stock-jbake error: " + e));
        System.out.printf(
                "stock-jbake: %d errors, bake %d ms%n", oven.getErrors().size(), millis);
        // OrientDB leaves non-daemon threads behind; the CLI exits the same way
        System.exit(oven.getErrors().isEmpty() ? 0 : 1);
    }
}
