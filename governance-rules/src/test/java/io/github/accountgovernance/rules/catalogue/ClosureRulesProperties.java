package io.github.accountgovernance.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    Estate estate(Random random, boolean shuffle) {
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
      if (shuffle) {
        Collections.shuffle(accounts, random);
        Collections.shuffle(plans, random);
      }
      return MonitoringFixtures.estate().addAllAccounts(accounts).addAllClosurePlans(plans).build();
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

  @Provide
  Arbitrary<Graph> graphs() {
    Arbitrary<Node> node =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, true, true, false),
                Arbitraries.integers().between(0, 6).list().ofMaxSize(3))
            .as(Node::new);
    return node.list().ofMinSize(1).ofMaxSize(7).map(Graph::new);
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

  @Property(tries = 300)
  void successors_agreeWithABreadthFirstOracle(@ForAll("graphs") Graph graph) {
    Report report = CLOSURE.evaluate(graph.estate(new Random(0), false));

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

  @Property(tries = 300)
  void everyReportedLoop_isALoopOfThePlans(@ForAll("graphs") Graph graph) {
    Report report = CLOSURE.evaluate(graph.estate(new Random(0), false));

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

  @Property(tries = 100)
  void closureRules_doNotDependOnInputOrder(@ForAll("graphs") Graph graph, @ForAll long seed) {
    List<Violation> inOrder = CLOSURE.evaluate(graph.estate(new Random(0), false)).violations();
    List<Violation> shuffled = CLOSURE.evaluate(graph.estate(new Random(seed), true)).violations();

    assertThat(shuffled).isEqualTo(inOrder);
  }
}
