package org.banach.launch.embed;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.banach.api.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * Explains why the runtime is not ready: bundles that are not active and Declarative Services
 * components that are not satisfied. The host does not share the DS runtime API with the bundles, so
 * the ServiceComponentRuntime service is read reflectively (its DTOs have public fields).
 */
final class Diagnostics {

    private static final String SCR = "org.osgi.service.component.runtime.ServiceComponentRuntime";

    private Diagnostics() {
    }

    static String describe(Framework framework, Map<Long, String> startFailures) {
        List<String> lines = new ArrayList<>();
        BundleContext ctx = framework.getBundleContext();
        if (ctx == null) {
            return "the OSGi framework is not running";
        }
        for (Bundle b : ctx.getBundles()) {
            if (b.getBundleId() == 0) {
                continue;
            }
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (b.getState() == Bundle.ACTIVE || (fragment && b.getState() == Bundle.RESOLVED)) {
                continue;
            }
            String why = startFailures.get(b.getBundleId());
            lines.add("  bundle " + b.getSymbolicName() + " " + b.getVersion() + " is " + state(b.getState())
                    + (why == null ? "" : ": " + why));
        }
        lines.addAll(components(ctx));
        lines.addAll(wrongApiWiring(ctx));
        if (lines.isEmpty()) {
            return "  all bundles are active and all components satisfied";
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** A Platform registered against another copy of org.banach.api is invisible to the host. */
    private static List<String> wrongApiWiring(BundleContext ctx) {
        List<String> lines = new ArrayList<>();
        try {
            ServiceReference<?>[] all = ctx.getAllServiceReferences(Platform.class.getName(), null);
            if (all != null) {
                for (ServiceReference<?> r : all) {
                    if (!r.isAssignableTo(ctx.getBundle(), Platform.class.getName())) {
                        lines.add("  a Platform service from " + r.getBundle().getSymbolicName()
                                + " is wired to another copy of org.banach.api than the host's (was an API bundle installed?)");
                    }
                }
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            // nothing to add
        }
        return lines;
    }

    private static List<String> components(BundleContext ctx) {
        List<String> lines = new ArrayList<>();
        ServiceReference<?> ref = ctx.getServiceReference(SCR);
        if (ref == null) {
            boolean scrInstalled = false;
            for (Bundle b : ctx.getBundles()) {
                scrInstalled |= "org.apache.felix.scr".equals(b.getSymbolicName());
            }
            lines.add(scrInstalled ? "  Declarative Services (org.apache.felix.scr) is not running"
                    : "  Declarative Services (org.apache.felix.scr) is not installed");
            return lines;
        }
        Object scr = ctx.getService(ref);
        if (scr == null) {
            return lines;
        }
        try {
            Class<?> api = ref.getBundle().loadClass(SCR);
            Method descriptions = api.getMethod("getComponentDescriptionDTOs", Bundle[].class);
            Object descs = descriptions.invoke(scr, (Object) new Bundle[0]);
            Method configurations = null;
            for (Method m : api.getMethods()) {
                if (m.getName().equals("getComponentConfigurationDTOs") && m.getParameterCount() == 1) {
                    configurations = m;
                }
            }
            Method enabled = null;
            for (Method m : api.getMethods()) {
                if (m.getName().equals("isComponentEnabled") && m.getParameterCount() == 1) {
                    enabled = m;
                }
            }
            for (Object d : (Iterable<?>) descs) {
                String name = (String) field(d, "name");
                Object bundleDto = field(d, "bundle");
                String bsn = bundleDto == null ? "?" : String.valueOf(field(bundleDto, "symbolicName"));
                if (enabled != null && !Boolean.TRUE.equals(enabled.invoke(scr, d))) {
                    lines.add("  component " + name + " (" + bsn + ") is disabled");
                    continue;
                }
                Object confs = configurations == null ? null : configurations.invoke(scr, d);
                if (confs == null) {
                    continue;
                }
                for (Object c : (Iterable<?>) confs) {
                    int state = ((Number) field(c, "state")).intValue();
                    if (state == 4 || state == 8) { // SATISFIED, ACTIVE
                        continue;
                    }
                    StringBuilder sb = new StringBuilder("  component " + name + " (" + bsn + ") is "
                            + componentState(state));
                    Object unsatisfied = field(c, "unsatisfiedReferences");
                    if (unsatisfied != null && Array.getLength(unsatisfied) > 0) {
                        sb.append(": missing");
                        for (int i = 0; i < Array.getLength(unsatisfied); i++) {
                            Object u = Array.get(unsatisfied, i);
                            sb.append(i == 0 ? " " : ", ").append(field(u, "name"));
                            Object target = field(u, "target");
                            if (target != null) {
                                sb.append(" ").append(target);
                            }
                        }
                    }
                    Object failure = field(c, "failure");
                    if (failure != null) {
                        sb.append(": ").append(String.valueOf(failure).split("\\R", 2)[0]);
                    }
                    lines.add(sb.toString());
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            lines.add("  (could not read component states: " + e + ")");
        } finally {
            try {
                ctx.ungetService(ref);
            } catch (IllegalStateException e) {
                // framework stopping
            }
        }
        return lines;
    }

    private static Object field(Object o, String name) {
        try {
            Field f = o.getClass().getField(name);
            return f.get(o);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static String componentState(int s) {
        switch (s) {
            case 1:
                return "UNSATISFIED_CONFIGURATION";
            case 2:
                return "UNSATISFIED_REFERENCE";
            case 16:
                return "FAILED_ACTIVATION";
            default:
                return "in state " + s;
        }
    }

    static String state(int s) {
        switch (s) {
            case Bundle.UNINSTALLED:
                return "UNINSTALLED";
            case Bundle.INSTALLED:
                return "INSTALLED (not resolved)";
            case Bundle.RESOLVED:
                return "RESOLVED (not started)";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            case Bundle.ACTIVE:
                return "ACTIVE";
            default:
                return "in state " + s;
        }
    }
}
