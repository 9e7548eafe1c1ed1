package org.banach.plugins.optim.problems.constrained;

import java.util.List;
import java.util.function.Supplier;

/** The shipped equality-constrained Hock–Schittkowski problems, in order of number. */
public final class HsCatalog {

    private static final List<Supplier<HsProblem>> ALL = List.of(HsSmall.Hs6::new, HsSmall.Hs7::new,
            HsSmall.Hs27::new, HsSmall.Hs28::new, HsSmall.Hs39::new, HsSmall.Hs40::new, HsFive.Hs48::new,
            HsFive.Hs50::new, HsFive.Hs51::new, HsFive.Hs52::new, HsFive.Hs78::new, HsFive.Hs79::new);

    private HsCatalog() {
    }

    /** Fresh instances of every shipped problem. */
    public static List<HsProblem> all() {
        return ALL.stream().map(Supplier::get).toList();
    }

    /** The problem with this id ({@code optim/hs/hs026}), or null. */
    public static HsProblem create(String id) {
        for (Supplier<HsProblem> s : ALL) {
            HsProblem p = s.get();
            if (p.name().equals(id)) {
                return p;
            }
        }
        return null;
    }

    public static List<String> ids() {
        return all().stream().map(HsProblem::name).toList();
    }
}
