package org.ispc.blog.jbake;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's settings as its template engines see them while a bake renders. JBake gives every page the settings
 * as a fresh map, built by walking its ~150 keys (a fifth of rendering a page); nothing changes them once
 * rendering starts, so here the map is built at the first page and the same, read-only map serves the rest.
 * Every other question goes to the settings themselves.
 */
final class SettledConfiguration implements InvocationHandler {

    private final JBakeConfiguration settings;
    private volatile Map<String, Object> asMap;

    private SettledConfiguration(JBakeConfiguration settings) {
        this.settings = settings;
    }

    /** {@code settings}, with their map built once. */
    static JBakeConfiguration of(JBakeConfiguration settings) {
        return (JBakeConfiguration) Proxy.newProxyInstance(
                JBakeConfiguration.class.getClassLoader(),
                new Class<?>[] {JBakeConfiguration.class},
                new SettledConfiguration(settings));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("asHashMap") && method.getParameterCount() == 0) {
            Map<String, Object> map = asMap;
            if (map == null) {
                map = Collections.unmodifiableMap(new HashMap<>(settings.asHashMap()));
                asMap = map;
            }
            return map;
        }
        try {
            return method.invoke(settings, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
