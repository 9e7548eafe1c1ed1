/**
 * Game dynamics for differentiable games (issue #5, seed rows G9 and G10): heavy-ball with complex
 * momentum (Lorraine et al. 2022) and competitive gradient descent (Schäfer &amp; Anandkumar 2019), with
 * their test problems: the bilinear game xᵀAy as a two-player differentiable game and a small
 * non-monotone variational inequality with a second-order sufficient solution.
 */
package org.banach.plugins.games.dynamics;
