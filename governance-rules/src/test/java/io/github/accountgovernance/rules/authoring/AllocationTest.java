package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Estate;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AllocationTest {

  @Test
  void passingCriterion_allocatesAlmostNothingPerAccount() {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      accounts.add(Estates.account("acc-" + i, "NYP_" + i, AccountTier.SPECIALIST_TEAM, AccountStatus.ACTIVE));
    }
    Estate estate = Estates.nyp().addAllAccounts(accounts).build();
    EvaluationContext context = EvaluationContext.of(estate);
    Criterion<Account> criterion =
        Criterion.allOf(
            Criterion.of("is open", (Account a) -> a.status().isOpen()),
            Criterion.not(Criterion.of("is closed", (Account a) -> a.status() == AccountStatus.CLOSED)),
            Criterion.of("is active", (Account a) -> a.status() == AccountStatus.ACTIVE)
                .or(Criterion.of("is proposed", (Account a) -> a.status() == AccountStatus.PROPOSED)));
    for (int warm = 0; warm < 20; warm++) {
      run(criterion, estate, context);
    }

    long before = allocatedBytes();
    int passed = run(criterion, estate, context);
    long perAccount = (allocatedBytes() - before) / accounts.size();

    assertThat(passed).isEqualTo(10_000);
    assertThat(perAccount).as("bytes allocated per account").isLessThan(16);
  }

  /** The thread's allocated bytes, through reflection: the module does not read jdk.management. */
  private static long allocatedBytes() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      Method allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
      return (Long) allocated.invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM does not count allocated bytes", e);
    }
  }

  private static int run(Criterion<Account> criterion, Estate estate, EvaluationContext context) {
    int passed = 0;
    for (Account account : estate.accounts()) {
      passed += criterion.test(account, context).satisfied() ? 1 : 0;
    }
    return passed;
  }
}
