package dev.loyalty.rules.program;

import dev.loyalty.rules.facts.Decisions;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A {@link Decisions} that records each call as {@code method(arg, ...)}; a proxy, so it follows the interface. */
final class RecordingDecisions {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Decisions decisions = (Decisions) Proxy.newProxyInstance(Decisions.class.getClassLoader(),
            new Class<?>[] {Decisions.class}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return method.getName().equals("toString") ? "RecordingDecisions" : method.invoke(this, args);
                }
                calls.add(method.getName() + Arrays.toString(args == null ? new Object[0] : args));
                return null;
            });

    Decisions decisions() {
        return decisions;
    }

    List<String> calls() {
        return List.copyOf(calls);
    }
}
