package dev.engagement.cli;

import dev.engagement.app.RunContext;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates commands with the run's context when they take one. */
final class ContextFactory implements CommandLine.IFactory {
    private final RunContext ctx;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            Constructor<K> c = cls.getDeclaredConstructor(RunContext.class);
            c.setAccessible(true);
            return c.newInstance(ctx);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
