package org.banach.plugins.games.preference;

/**
 * The preference information one KL-prox step of Nash Mirror Prox receives about the policy it plays
 * against: g = P·π (g_i = probability that response i beats a response drawn from π), exactly
 * ({@link PreferenceProducts#against}) or as an unbiased estimate from sampled comparisons
 * ({@link SampledPreferences}).
 */
interface PreferenceOracle {

    /** out := g = P·opponent, or an unbiased estimate of it. */
    void query(double[] opponent, double[] out);
}
