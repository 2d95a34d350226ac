package io.github.accountgovernance.rules.authoring;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.accountgovernance.core.model.Estate;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class CriterionProperties {

  private static final EvaluationContext CONTEXT = EvaluationContext.of(Estates.nyp().build());

  private static final SubjectType<Integer> NUMBERS =
      SubjectType.of("number", "numbers", (Estate estate) -> List.of(), (n, estate) ->
          Subject.of(SubjectKind.POST, "n" + n, "number " + n));

  private static final Relation<Integer, Integer> BITS =
      Relation.of("set bit", "set bits", NUMBERS, (n, context) ->
          IntStream.range(0, 5).filter(bit -> (n & (1 << bit)) != 0).boxed().toList());

  /** The numbers a criterion is tested on: five bits, as {@link #BITS} reads them. */
  private static final Gen<Integer> NUMBERS_0_TO_31 = integers().between(0, 31);

  /** A criterion and an independent oracle for it; a counterexample shows the criterion's words. */
  record Expr(Criterion<Integer> criterion, IntPredicate oracle) {

    @Override
    public String toString() {
      return criterion.toString();
    }
  }

  private static boolean holds(Criterion<Integer> criterion, int n) {
    Verdict verdict = criterion.test(n, CONTEXT);
    // A failed verdict always says why; a passing one never lists failures.
    assertThat(verdict.failures().isEmpty()).isEqualTo(verdict.satisfied());
    return verdict.satisfied();
  }

  /** Expressions nested up to three deep: the depth is drawn first, then atoms combined that many times over. */
  private static Gen<Expr> exprs() {
    return integers().between(0, 3).flatMap(CriterionProperties::exprs);
  }

  private static Gen<Expr> exprs(int depth) {
    return depth == 0 ? atoms() : composite(exprs(depth - 1));
  }

  private static Gen<Expr> atoms() {
    return arbitrary().pick(
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

  private static Gen<Expr> composite(Gen<Expr> inner) {
    return Generate.oneOf(
        inner.map(e -> new Expr(Criterion.not(e.criterion()), e.oracle().negate())),
        inner.zip(inner, (a, b) ->
            new Expr(a.criterion().and(b.criterion()), a.oracle().and(b.oracle()))),
        inner.zip(inner, (a, b) ->
            new Expr(a.criterion().or(b.criterion()), a.oracle().or(b.oracle()))),
        inner.zip(inner, (a, b) ->
            new Expr(a.criterion().implies(b.criterion()), a.oracle().negate().or(b.oracle()))),
        inner.zip(inner, inner, (a, b, c) ->
            new Expr(Criterion.noneOf(a.criterion(), b.criterion(), c.criterion()),
                a.oracle().or(b.oracle()).or(c.oracle()).negate())),
        inner.map(e -> new Expr(e.criterion().because("it matters"), e.oracle())));
  }

  @Test
  void verdict_agreesWithAnIndependentOracle() {
    qt().withExamples(1000)
        .forAll(exprs(), NUMBERS_0_TO_31)
        .checkAssert((e, n) -> assertThat(holds(e.criterion(), n)).isEqualTo(e.oracle().test(n)));
  }

  @Test
  void deMorgan_holdsInVerdicts() {
    qt().withExamples(1000)
        .forAll(exprs(), exprs(), NUMBERS_0_TO_31)
        .checkAssert((a, b, n) -> {
          Criterion<Integer> x = a.criterion();
          Criterion<Integer> y = b.criterion();
          assertThat(holds(Criterion.not(x.and(y)), n)).isEqualTo(holds(Criterion.not(x).or(Criterion.not(y)), n));
          assertThat(holds(Criterion.not(x.or(y)), n)).isEqualTo(holds(Criterion.not(x).and(Criterion.not(y)), n));
        });
  }

  @Test
  void doubleNegation_isIdentityInVerdictsAndWords() {
    qt().withExamples(1000)
        .forAll(exprs(), NUMBERS_0_TO_31)
        .checkAssert((a, n) -> {
          Criterion<Integer> twice = Criterion.not(Criterion.not(a.criterion()));
          assertThat(holds(twice, n)).isEqualTo(holds(a.criterion(), n));
          assertThat(twice.description()).isEqualTo(a.criterion().description());
        });
  }

  @Test
  void andOr_areCommutativeAndAssociative() {
    qt().withExamples(1000)
        .forAll(exprs(), exprs(), exprs(), NUMBERS_0_TO_31)
        .checkAssert((a, b, c, n) -> {
          Criterion<Integer> x = a.criterion();
          Criterion<Integer> y = b.criterion();
          Criterion<Integer> z = c.criterion();
          assertThat(holds(x.and(y), n)).isEqualTo(holds(y.and(x), n));
          assertThat(holds(x.or(y), n)).isEqualTo(holds(y.or(x), n));
          assertThat(holds(x.and(y).and(z), n)).isEqualTo(holds(x.and(y.and(z)), n));
          assertThat(holds(x.or(y).or(z), n)).isEqualTo(holds(x.or(y.or(z)), n));
          assertThat(x.and(y).and(z).description()).isEqualTo(Criterion.allOf(x, y, z).description());
        });
  }

  @Test
  void constants_areIdentitiesAndAnnihilators() {
    qt().withExamples(1000)
        .forAll(exprs(), NUMBERS_0_TO_31)
        .checkAssert((a, n) -> {
          Criterion<Integer> x = a.criterion();
          boolean value = holds(x, n);
          assertThat(holds(x.and(Criterion.alwaysTrue()), n)).isEqualTo(value);
          assertThat(holds(x.or(Criterion.alwaysFalse()), n)).isEqualTo(value);
          assertThat(holds(x.and(Criterion.alwaysFalse()), n)).isFalse();
          assertThat(holds(x.or(Criterion.alwaysTrue()), n)).isTrue();
        });
  }

  @Test
  void implies_isNotAOrB() {
    qt().withExamples(1000)
        .forAll(exprs(), exprs(), NUMBERS_0_TO_31)
        .checkAssert((a, b, n) ->
            assertThat(holds(a.criterion().implies(b.criterion()), n))
                .isEqualTo(holds(Criterion.not(a.criterion()).or(b.criterion()), n)));
  }

  @Test
  void quantifiers_areDual() {
    qt().withExamples(1000)
        .forAll(exprs(), NUMBERS_0_TO_31)
        .checkAssert((a, n) -> {
          Criterion<Integer> x = a.criterion();
          assertThat(holds(Criterion.every(BITS, x), n)).isEqualTo(holds(Criterion.none(BITS, Criterion.not(x)), n));
          assertThat(holds(Criterion.some(BITS, x), n)).isEqualTo(!holds(Criterion.none(BITS, x), n));
          assertThat(holds(Criterion.atLeast(0, BITS, x), n)).isTrue();
        });
  }

  @Test
  void descriptionsAndExplanations_areDeterministic() {
    qt().withExamples(1000)
        .forAll(exprs(), NUMBERS_0_TO_31)
        .checkAssert((a, n) -> {
          assertThat(a.criterion().test(n, CONTEXT)).isEqualTo(a.criterion().test(n, CONTEXT));
          assertThat(a.criterion().description()).isEqualTo(a.criterion().toString());
        });
  }
}
