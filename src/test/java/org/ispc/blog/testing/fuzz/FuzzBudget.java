package org.ispc.blog.testing.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How long the fuzz properties run. Each declares the tries of its short budget, the one {@code mvn verify} runs
 * (the whole fuzz part in about a minute); {@code -Dfuzz.scale=N} multiplies them for a long run. The seed is fixed,
 * so that a red build is the same red build on every machine; {@code -Dfuzz.seed=random} draws a new one per run
 * (jqwik prints it with any failure) and {@code -Dfuzz.seed=<number>} replays one.
 */
public final class FuzzBudget implements AroundPropertyHook {

    /** The seed of the short budget. */
    static final String FIXED_SEED = "20261206";

    /** Registered on a test class, it sets the budget of every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int scale = Math.max(1, Integer.getInteger("fuzz.scale", 1));
        context.attributes().tries().ifPresent(tries -> context.attributes().setTries(tries * scale));
        String seed = System.getProperty("fuzz.seed", FIXED_SEED).trim();
        if (!seed.equalsIgnoreCase("random")) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }
}
