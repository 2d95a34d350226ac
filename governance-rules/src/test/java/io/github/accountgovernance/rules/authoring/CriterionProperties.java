package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Estate;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

final class CriterionProperties {

  private static final EvaluationContext CONTEXT = EvaluationContext.of(Estates.nyp().build());

  private static final SubjectType<Integer> NUMBERS =
      SubjectType.of("number", "numbers", (Estate estate) -> List.of(), (n, estate) ->
          Subject.of(SubjectKind.POST, "n" + n, "number " + n));

  private static final Relation<Integer, Integer> BITS =
      Relation.of("set bit", "set bits", NUMBERS, (n, context) ->
          IntStream.range(0, 5).filter(bit -> (n & (1 << bit)) != 0).boxed().toList());

  /** A criterion and an independent oracle for it. */
  record Expr(Criterion<Integer> criterion, IntPredicate oracle) {}

  private static boolean holds(Criterion<Integer> criterion, int n) {
    Verdict verdict = criterion.test(n, CONTEXT);
    // A failed verdict always says why; a passing one never lists failures.
    assertThat(verdict.failures().isEmpty()).isEqualTo(verdict.satisfied());
    return verdict.satisfied();
  }

  @Provide
  Arbitrary<Expr> exprs() {
    return Arbitraries.recursive(this::atoms, this::composite, 0, 3);
  }

  private Arbitrary<Expr> atoms() {
    return Arbitraries.of(
        new Expr(Criterion.of("is even", n -> n % 2 == 0), n -> n % 2 == 0),
        new Expr(Criterion.of("is above 7", n -> n > 7), n -> n > 7),
        new Expr(
            Criterion.explained("has a factor of three", (n, context) ->
                n % 3 == 0 ? Verdict.pass("is " + n / 3 + " threes") : Verdict.fail("leaves " + n % 3,
                    Evidence.of("remainder", String.valueOf(n % 3)))),
            n -> n % 3 == 0),
        new Expr(Criterion.alwaysTrue(), n -> true),
        new Expr(Criterion.alwaysFalse(), n -> false),
        new Expr(Criterion.every(BITS, Criterion.of("is below 3", (Integer b) -> b < 3)), n -> (n & 0b11000) == 0),
        new Expr(Criterion.atLeast(2, BITS, Criterion.<Integer>alwaysTrue()), n -> Integer.bitCount(n & 31) >= 2),
        new Expr(Criterion.none(BITS, Criterion.of("is zero", (Integer b) -> b == 0)), n -> (n & 1) == 0));
  }

  private Arbitrary<Expr> composite(Arbitrary<Expr> inner) {
    return Arbitraries.oneOf(
        inner.map(e -> new Expr(Criterion.not(e.criterion()), e.oracle().negate())),
        Combinators.combine(inner, inner).as((a, b) ->
            new Expr(a.criterion().and(b.criterion()), a.oracle().and(b.oracle()))),
        Combinators.combine(inner, inner).as((a, b) ->
            new Expr(a.criterion().or(b.criterion()), a.oracle().or(b.oracle()))),
        Combinators.combine(inner, inner).as((a, b) ->
            new Expr(a.criterion().implies(b.criterion()), a.oracle().negate().or(b.oracle()))),
        Combinators.combine(inner, inner, inner).as((a, b, c) ->
            new Expr(Criterion.noneOf(a.criterion(), b.criterion(), c.criterion()),
                a.oracle().or(b.oracle()).or(c.oracle()).negate())),
        inner.map(e -> new Expr(e.criterion().because("it matters"), e.oracle())));
  }

  @Property
  void verdict_agreesWithAnIndependentOracle(@ForAll("exprs") Expr e, @ForAll @IntRange(max = 31) int n) {
    assertThat(holds(e.criterion(), n)).isEqualTo(e.oracle().test(n));
  }

  @Property
  void deMorgan_holdsInVerdicts(@ForAll("exprs") Expr a, @ForAll("exprs") Expr b, @ForAll @IntRange(max = 31) int n) {
    Criterion<Integer> x = a.criterion();
    Criterion<Integer> y = b.criterion();
    assertThat(holds(Criterion.not(x.and(y)), n)).isEqualTo(holds(Criterion.not(x).or(Criterion.not(y)), n));
    assertThat(holds(Criterion.not(x.or(y)), n)).isEqualTo(holds(Criterion.not(x).and(Criterion.not(y)), n));
  }

  @Property
  void doubleNegation_isIdentityInVerdictsAndWords(@ForAll("exprs") Expr a, @ForAll @IntRange(max = 31) int n) {
    Criterion<Integer> twice = Criterion.not(Criterion.not(a.criterion()));
    assertThat(holds(twice, n)).isEqualTo(holds(a.criterion(), n));
    assertThat(twice.description()).isEqualTo(a.criterion().description());
  }

  @Property
  void andOr_areCommutativeAndAssociative(
      @ForAll("exprs") Expr a, @ForAll("exprs") Expr b, @ForAll("exprs") Expr c, @ForAll @IntRange(max = 31) int n) {
    Criterion<Integer> x = a.criterion();
    Criterion<Integer> y = b.criterion();
    Criterion<Integer> z = c.criterion();
    assertThat(holds(x.and(y), n)).isEqualTo(holds(y.and(x), n));
    assertThat(holds(x.or(y), n)).isEqualTo(holds(y.or(x), n));
    assertThat(holds(x.and(y).and(z), n)).isEqualTo(holds(x.and(y.and(z)), n));
    assertThat(holds(x.or(y).or(z), n)).isEqualTo(holds(x.or(y.or(z)), n));
    assertThat(x.and(y).and(z).description()).isEqualTo(Criterion.allOf(x, y, z).description());
  }

  @Property
  void constants_areIdentitiesAndAnnihilators(@ForAll("exprs") Expr a, @ForAll @IntRange(max = 31) int n) {
    Criterion<Integer> x = a.criterion();
    boolean value = holds(x, n);
    assertThat(holds(x.and(Criterion.alwaysTrue()), n)).isEqualTo(value);
    assertThat(holds(x.or(Criterion.alwaysFalse()), n)).isEqualTo(value);
    assertThat(holds(x.and(Criterion.alwaysFalse()), n)).isFalse();
    assertThat(holds(x.or(Criterion.alwaysTrue()), n)).isTrue();
  }

  @Property
  void implies_isNotAOrB(@ForAll("exprs") Expr a, @ForAll("exprs") Expr b, @ForAll @IntRange(max = 31) int n) {
    assertThat(holds(a.criterion().implies(b.criterion()), n))
        .isEqualTo(holds(Criterion.not(a.criterion()).or(b.criterion()), n));
  }

  @Property
  void quantifiers_areDual(@ForAll("exprs") Expr a, @ForAll @IntRange(max = 31) int n) {
    Criterion<Integer> x = a.criterion();
    assertThat(holds(Criterion.every(BITS, x), n)).isEqualTo(holds(Criterion.none(BITS, Criterion.not(x)), n));
    assertThat(holds(Criterion.some(BITS, x), n)).isEqualTo(!holds(Criterion.none(BITS, x), n));
    assertThat(holds(Criterion.atLeast(0, BITS, x), n)).isTrue();
  }

  @Property
  void descriptionsAndExplanations_areDeterministic(@ForAll("exprs") Expr a, @ForAll @IntRange(max = 31) int n) {
    assertThat(a.criterion().test(n, CONTEXT)).isEqualTo(a.criterion().test(n, CONTEXT));
    assertThat(a.criterion().description()).isEqualTo(a.criterion().toString());
  }
}
