package org.banach.plugins.games.problems;

import java.util.ArrayList;
import java.util.List;

import org.banach.api.InvalidProblemException;
import org.banach.api.games.NormalFormGame;
import org.banach.plugins.games.problems.NfgTokens.Token;

/**
 * Gambit's strategic-game format (.nfg), both versions. Payoff version:
 * {@code NFG 1 R "title" { "P1" "P2" } { 3 2 } ["comment"] payoffs}, one payoff per player for each
 * pure profile, player 1's strategy varying fastest. Outcome version:
 * {@code NFG 1 R "title" { "P1" "P2" } { { "s1" "s2" "s3" } { "t1" "t2" } } ["comment"]
 * { { "name" u1 u2 } ... } indices}, one outcome index per profile in the same order (1-based; 0 is
 * the null outcome, all payoffs 0). Numbers are integers, decimals or rationals p/q; commas and
 * whitespace separate. Two players give a {@link DenseMatrixGame} (zero-sum when B = −A exactly),
 * more a {@link TableGame}. Anything else is refused with the file, line, column and reason.
 */
final class NfgParser {

    private static final int MAX_STRATEGIES = 1_000_000;
    private static final long MAX_PAYOFFS = 50_000_000;

    private NfgParser() {
    }

    static NormalFormGame parse(String name, String file, String text) {
        NfgTokens in = new NfgTokens(file, text);
        Token magic = in.take("'NFG'");
        if (!magic.is("NFG")) {
            throw in.error(magic, "not a Gambit strategic game: expected 'NFG', found " + magic.shown());
        }
        Token version = in.take("version 1");
        if (!version.is("1")) {
            throw in.error(version, "unsupported .nfg version " + version.shown() + " (expected 1)");
        }
        Token precision = in.take("'R' or 'D'");
        if (!precision.is("R") && !precision.is("D")) {
            throw in.error(precision, "expected 'R' (rational) or 'D' (decimal), found " + precision.shown());
        }
        in.label("the game's title");
        List<String> players = labels(in, "a player's name");
        int n = players.size();
        if (n == 0) {
            throw new InvalidProblemException(file + ": the game has no players");
        }
        Token open = in.peek();
        in.expect("{");
        Token first = in.peek();
        boolean outcomeVersion = first != null && first.is("{");
        int[] strategies = new int[n];
        for (int p = 0; p < n; p++) {
            Token t = in.peek();
            strategies[p] = outcomeVersion ? labels(in, "a strategy's name").size()
                    : in.integer("the number of strategies of player " + (p + 1), MAX_STRATEGIES);
            if (strategies[p] < 1) {
                throw in.error(t, "player " + (p + 1) + " has no strategies");
            }
        }
        Token close = in.take("'}'");
        if (!close.is("}")) {
            throw in.error(close, "expected '}' after the strategies of " + n + " players (as many as names in "
                    + "the player list at " + open.where() + "), found " + close.shown());
        }
        if (!in.atEnd() && in.peek().quoted) {
            in.label("the comment");
        }
        long profiles;
        try {
            profiles = Math.multiplyExact(TableGame.profiles(strategies), (long) n);
        } catch (ArithmeticException e) {
            profiles = Long.MAX_VALUE;
        }
        profiles /= n;
        if (profiles > MAX_PAYOFFS / n) {
            throw in.error(first, profiles + " pure profiles x " + n + " players exceed the limit of "
                    + MAX_PAYOFFS + " payoffs");
        }
        double[] payoffs = outcomeVersion ? outcomes(in, n, (int) profiles)
                : explicit(in, n, (int) profiles);
        if (!in.atEnd()) {
            throw in.error(in.peek(), "unexpected " + in.peek().shown() + " after the " + profiles
                    + (outcomeVersion ? " outcome indices" : " payoff vectors"));
        }
        return n == 2 ? matrix(name, strategies, payoffs) : new TableGame(name, strategies, payoffs);
    }

    private static List<String> labels(NfgTokens in, String what) {
        in.expect("{");
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = in.peek();
            if (t != null && t.is("}")) {
                in.take("'}'");
                return out;
            }
            out.add(in.label(what + " or '}'"));
        }
    }

    private static double[] explicit(NfgTokens in, int n, int profiles) {
        double[] u = new double[profiles * n];
        for (int k = 0; k < u.length; k++) {
            u[k] = in.number("payoff " + (k % n + 1) + " of profile " + (k / n + 1));
        }
        return u;
    }

    private static double[] outcomes(NfgTokens in, int n, int profiles) {
        in.expect("{");
        List<double[]> list = new ArrayList<>();
        while (true) {
            Token t = in.take("an outcome '{' or '}'");
            if (t.is("}")) {
                break;
            }
            if (!t.is("{")) {
                throw in.error(t, "expected an outcome '{ \"name\" payoffs }' or '}', found " + t.shown());
            }
            in.label("outcome " + (list.size() + 1) + "'s name");
            double[] v = new double[n];
            for (int p = 0; p < n; p++) {
                v[p] = in.number("payoff " + (p + 1) + " of outcome " + (list.size() + 1));
            }
            Token end = in.take("'}'");
            if (!end.is("}")) {
                throw in.error(end, "outcome " + (list.size() + 1) + " has more than " + n
                        + " payoffs (one per player): found " + end.shown());
            }
            list.add(v);
        }
        double[] u = new double[profiles * n];
        for (int k = 0; k < profiles; k++) {
            int index = in.integer("the outcome index of profile " + (k + 1), list.size());
            if (index > 0) {
                System.arraycopy(list.get(index - 1), 0, u, k * n, n);
            }
        }
        return u;
    }

    private static NormalFormGame matrix(String name, int[] strategies, double[] payoffs) {
        int rows = strategies[0];
        int cols = strategies[1];
        double[] a = new double[rows * cols];
        double[] b = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = i + rows * j;
                a[i * cols + j] = payoffs[2 * k];
                b[i * cols + j] = payoffs[2 * k + 1];
            }
        }
        return DenseMatrixGame.bimatrix(name, rows, cols, a, b);
    }
}
