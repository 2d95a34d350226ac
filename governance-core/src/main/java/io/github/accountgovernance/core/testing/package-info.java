/**
 * QuickTheories generators of estates for property-based tests, in this library, in embedding systems and in
 * policy teams' own tests: {@link io.github.accountgovernance.core.testing.EstateGens} has a {@code Gen} for every
 * model type, for valid estates of a given {@link io.github.accountgovernance.core.testing.EstateSize}, and for
 * estates with one or several planted defects and the path where each must be reported;
 * {@link io.github.accountgovernance.core.testing.Theories#qt()} runs a property under JUnit Jupiter and, when it
 * fails, reports the shrunk counterexample, the seed and the command that replays it ({@code -DQT_SEED=...}).
 * {@link io.github.accountgovernance.core.testing.NorthYorkshire} is a fixed force for example-based tests.
 *
 * <pre>{@code
 * @Test
 * void everyRotaSlotHasItsAccount() {
 *   Theories.qt()
 *       .withExamples(1000)
 *       .forAll(EstateGens.validEstates())
 *       .checkAssert(estate -> assertThat(estate.rota())
 *           .allSatisfy(slot -> assertThat(estate.account(slot.account())).isPresent()));
 * }
 * }</pre>
 *
 * <p>Needs {@code org.quicktheories:quicktheories} (0.26, Apache-2.0, no dependencies of its own) on the test class
 * path; nothing else in the library does.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.core.testing;

import io.github.accountgovernance.core.api.PublicAPI;
