package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.OnlineFiniteSum;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code regret} certificate of an online learner (e.g. Adam against AMSGrad on Reddi, Kale &amp;
 * Kumar's counterexample): the average regret R_T / T = (Σ_t f_{i_t}(x_t) − min_x Σ_t f_{i_t}(x)) / T,
 * read from the score the problem kept while the run played it ({@link OnlineFiniteSum}), not from the
 * solver. NaN when no round was played.
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.REGRET)
public final class OnlineRegretVerifier implements CertificateVerifier<OnlineFiniteSum> {

    @Override
    public Class<OnlineFiniteSum> problemType() {
        return OnlineFiniteSum.class;
    }

    @Override
    public String criterion() {
        return Certificate.REGRET;
    }

    @Override
    public Certificate verify(OnlineFiniteSum problem, double[] solution, double tolerance) {
        long rounds = problem.rounds();
        double value = rounds == 0 ? Double.NaN : (problem.cumulativeLoss() - problem.bestFixedLoss()) / rounds;
        return Certificate.of(Certificate.REGRET, value, tolerance);
    }
}
