package io.github.accountgovernance.rules.catalogue;

import static io.github.accountgovernance.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.Gens;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Shuffle;
import io.github.accountgovernance.rules.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of CLO-2 on random successor graphs of up to seven force-wide X accounts (so that every active end
 * qualifies): it agrees with a breadth-first oracle on whether a chain reaches an active account, loops, or stops
 * dead; every loop it reports is a real loop of the plans; and the result does not depend on input order.
 */
final class ClosureRulesProperties {

  private static final PolicyPack CLOSURE = PolicyPack.builder("closure").add(ClosureRules.all()).build();

  /** Account {@code i}: status 0 active, 1 closing, 2 closed; successors by index, those without a plan have none. */
  record Node(int status, boolean planned, List<Integer> successors) {}

  record Graph(List<Node> nodes) {

    AccountStatus status(int i) {
      return switch (nodes.get(i).status()) {
        case 0 -> AccountStatus.ACTIVE;
        case 1 -> AccountStatus.CLOSING;
        default -> AccountStatus.CLOSED;
      };
    }

    List<Integer> successors(int i) {
      Node node = nodes.get(i);
      List<Integer> named = new ArrayList<>();
      if (node.planned()) {
        for (int s : node.successors()) {
          if (!named.contains(Math.floorMod(s, nodes.size()))) {
            named.add(Math.floorMod(s, nodes.size()));
          }
        }
      }
      return named;
    }

    Estate estate() {
      return estate(Shuffle.none(), Shuffle.none());
    }

    /** The estate with its accounts and its plans given to the builder in the shuffles' orders. */
    Estate estate(Shuffle accountOrder, Shuffle planOrder) {
      List<Account> accounts = new ArrayList<>();
      List<ClosurePlan> plans = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        accounts.add(
            MonitoringFixtures.account(id(i), "NYP_Force" + i, AccountTier.FORCE_WIDE).status(status(i)).build());
        if (nodes.get(i).planned()) {
          ClosurePlan.Builder plan = ClosureFixtures.plan(id(i), "2021-03-31");
          for (int s : successors(i)) {
            plan.addSuccessors(id(s));
          }
          plans.add(plan.build());
        }
      }
      return MonitoringFixtures.estate()
          .addAllAccounts(accountOrder.apply(accounts))
          .addAllClosurePlans(planOrder.apply(plans))
          .build();
    }

    /** The accounts reachable from {@code root} by following successors out of accounts that are not active. */
    Set<Integer> reachable(int root) {
      Set<Integer> seen = new HashSet<>();
      Deque<Integer> queue = new ArrayDeque<>(successors(root));
      while (!queue.isEmpty()) {
        int next = queue.poll();
        if (seen.add(next) && status(next) != AccountStatus.ACTIVE) {
          queue.addAll(successors(next));
        }
      }
      return seen;
    }

    boolean reachesActive(int root) {
      return reachable(root).stream().anyMatch(i -> status(i) == AccountStatus.ACTIVE);
    }

    boolean loops(int root) {
      Set<Integer> candidates = new HashSet<>(reachable(root));
      candidates.add(root);
      for (int n : candidates) {
        if (status(n) != AccountStatus.ACTIVE && reachable(n).contains(n)) {
          return true;
        }
      }
      return false;
    }

    boolean stopsDead(int root) {
      return reachable(root).stream()
          .anyMatch(i -> status(i) != AccountStatus.ACTIVE && successors(i).isEmpty());
    }
  }

  static String id(int i) {
    return "n" + i + "-x";
  }

  private static Gen<Graph> graphs() {
    Gen<Node> node =
        integers().between(0, 2)
            .zip(
                arbitrary().pick(true, true, true, false),
                lists().of(integers().between(0, 6)).ofSizeBetween(0, 3),
                Node::new);
    return lists().of(node).ofSizeBetween(1, 7).map(Graph::new);
  }

  private static Set<String> keysOf(Report report, String accountId) {
    Set<String> keys = new TreeSet<>();
    for (Violation violation : report.violationsOf("CLO-2")) {
      if (violation.subject().id().equals(accountId)) {
        keys.add(violation.key());
      }
    }
    return keys;
  }

  @Test
  void successors_agreeWithABreadthFirstOracle() {
    qt().withExamples(300).forAll(graphs()).checkAssert(ClosureRulesProperties::agreesWithABreadthFirstOracle);
  }

  private static void agreesWithABreadthFirstOracle(Graph graph) {
    Report report = CLOSURE.evaluate(graph.estate());

    for (int i = 0; i < graph.nodes().size(); i++) {
      if (graph.status(i) == AccountStatus.ACTIVE) {
        assertThat(keysOf(report, id(i))).isEmpty();
        continue;
      }
      Set<String> keys = keysOf(report, id(i));
      if (graph.successors(i).isEmpty()) {
        assertThat(keys).containsExactly("no-successor");
        continue;
      }
      assertThat(keys.contains("no-covering-successor")).as("%s reaches no active account", id(i))
          .isEqualTo(!graph.reachesActive(i));
      assertThat(keys.stream().anyMatch(k -> k.startsWith("cycle:"))).as("%s loops", id(i))
          .isEqualTo(graph.loops(i));
      assertThat(keys.stream().anyMatch(k -> k.startsWith("dead-end:"))).as("%s stops dead", id(i))
          .isEqualTo(graph.stopsDead(i));
    }
  }

  @Test
  void everyReportedLoop_isALoopOfThePlans() {
    qt().withExamples(300).forAll(graphs()).checkAssert(ClosureRulesProperties::reportsOnlyLoopsOfThePlans);
  }

  private static void reportsOnlyLoopsOfThePlans(Graph graph) {
    Report report = CLOSURE.evaluate(graph.estate());

    for (Violation violation : report.violationsOf("CLO-2")) {
      if (!violation.key().startsWith("cycle:")) {
        continue;
      }
      List<Integer> loop = new ArrayList<>();
      for (String member : violation.key().substring("cycle:".length()).split(">")) {
        loop.add(Integer.parseInt(member.substring(1, member.indexOf('-'))));
      }
      for (int k = 0; k < loop.size(); k++) {
        int from = loop.get(k);
        int to = loop.get((k + 1) % loop.size());
        assertThat(graph.status(from)).isNotEqualTo(AccountStatus.ACTIVE);
        assertThat(graph.successors(from)).as("%s names %s", id(from), id(to)).contains(to);
      }
    }
  }

  @Test
  void closureRules_doNotDependOnInputOrder() {
    qt().withExamples(100)
        .forAll(graphs(), Gens.shuffles(), Gens.shuffles())
        .checkAssert((graph, accountOrder, planOrder) -> {
          List<Violation> inOrder = CLOSURE.evaluate(graph.estate()).violations();
          List<Violation> shuffled = CLOSURE.evaluate(graph.estate(accountOrder, planOrder)).violations();

          assertThat(shuffled).isEqualTo(inOrder);
        });
  }
}
