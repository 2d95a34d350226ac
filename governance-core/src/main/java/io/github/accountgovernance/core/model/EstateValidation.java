package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.problem.Problem;

import com.google.common.collect.Ordering;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.time.SupportedTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The structural checks of an estate, collecting every problem, and its canonical order. */
final class EstateValidation {

  private EstateValidation() {}

  static List<Problem> problems(Estate estate) {
    List<Problem> problems = new ArrayList<>();
    try {
      SupportedTime.requireInstant("asOf", estate.asOf());
    } catch (IllegalArgumentException e) {
      problems.add(Problem.at("asOf", e.getMessage()));
    }
    Set<String> districts = new TreeSet<>();
    estate.force().districts().forEach(d -> districts.add(d.code()));

    Map<String, Integer> accountIds = new HashMap<>();
    List<Account> accounts = estate.accounts();
    for (int i = 0; i < accounts.size(); i++) {
      Account account = accounts.get(i);
      String path = "accounts[" + i + "]";
      Integer earlier = accountIds.putIfAbsent(account.id(), i);
      if (earlier != null) {
        problems.add(
            Problem.at(
                path + ".id",
                "account id \"" + account.id() + "\" is already used by accounts[" + earlier + "]; ids are unique"));
      }
      // Two accounts may hold one handle, exactly or as a case or dot variant: the file is valid, and NAM-3
      // reports the estate's breach of policy like any other violation.
      account
          .district()
          .ifPresent(code -> checkDistrict(problems, path + ".district", code, districts));
      checkConventionalHandle(problems, path, account, estate.force());
    }
    Set<String> accountIdSet = accountIds.keySet();

    Map<String, Integer> contributorIds = new HashMap<>();
    List<Contributor> contributors = estate.contributors();
    for (int i = 0; i < contributors.size(); i++) {
      Contributor contributor = contributors.get(i);
      String path = "contributors[" + i + "]";
      Integer earlier = contributorIds.putIfAbsent(contributor.id(), i);
      if (earlier != null) {
        problems.add(
            Problem.at(
                path + ".id",
                "contributor id \"" + contributor.id() + "\" is already used by contributors[" + earlier
                    + "]; ids are unique"));
      }
      contributor
          .district()
          .ifPresent(code -> checkDistrict(problems, path + ".district", code, districts));
    }
    Set<String> contributorIdSet = contributorIds.keySet();

    List<AccessGrant> grants = estate.grants();
    for (int i = 0; i < grants.size(); i++) {
      checkRef(problems, "grants", i, ".contributor", "contributor", grants.get(i).contributor(), contributorIdSet);
      checkRef(problems, "grants", i, ".account", "account", grants.get(i).account(), accountIdSet);
    }
    List<RotaAssignment> rota = estate.rota();
    for (int i = 0; i < rota.size(); i++) {
      checkRef(problems, "rota", i, ".contributor", "contributor", rota.get(i).contributor(), contributorIdSet);
      checkRef(problems, "rota", i, ".account", "account", rota.get(i).account(), accountIdSet);
    }
    List<Absence> absences = estate.absences();
    for (int i = 0; i < absences.size(); i++) {
      checkRef(problems, "absences", i, ".contributor", "contributor", absences.get(i).contributor(), contributorIdSet);
    }
    Map<String, Integer> planned = new HashMap<>();
    List<ClosurePlan> plans = estate.closurePlans();
    for (int i = 0; i < plans.size(); i++) {
      ClosurePlan plan = plans.get(i);
      String path = "closurePlans[" + i + "]";
      checkRef(problems, "closurePlans", i, ".account", "account", plan.account(), accountIdSet);
      Integer earlier = planned.putIfAbsent(plan.account(), i);
      if (earlier != null) {
        problems.add(
            Problem.at(
                path + ".account",
                "account \"" + plan.account() + "\" already has a closure plan at closurePlans[" + earlier
                    + "]; merge the two"));
      }
      for (int j = 0; j < plan.successors().size(); j++) {
        checkRef(problems, "closurePlans", i, ".successors[" + j + "]", "account", plan.successors().get(j),
            accountIdSet);
      }
    }
    checkPlatforms(problems, estate);
    List<SampledPost> posts = estate.posts();
    for (int i = 0; i < posts.size(); i++) {
      checkRef(problems, "posts", i, ".account", "account", posts.get(i).account(), accountIdSet);
      checkRef(problems, "posts", i, ".author", "contributor", posts.get(i).author(), contributorIdSet);
    }
    return problems;
  }

  /**
   * A declared platform is not built in, and one name means one declaration, whether the declaration is listed or
   * only used by an account or observed handle.
   */
  private static void checkPlatforms(List<Problem> problems, Estate estate) {
    Map<String, Platform> byName = new HashMap<>();
    Map<String, String> declaredAt = new HashMap<>();
    List<Platform> declared = estate.declaredPlatforms();
    for (int i = 0; i < declared.size(); i++) {
      Platform platform = declared.get(i);
      String path = "platforms[" + i + "]";
      if (platform.isBuiltIn()) {
        problems.add(Problem.at(path, "platform \"" + platform.fileName() + "\" is built in and needs no"
            + " declaration; remove it"));
        continue;
      }
      checkPlatform(problems, path + ".name", platform, byName, declaredAt);
    }
    List<Account> accounts = estate.accounts();
    for (int i = 0; i < accounts.size(); i++) {
      checkPlatform(problems, "accounts[" + i + "].platform", accounts.get(i).platform(), byName, declaredAt);
    }
    List<ObservedHandle> observed = estate.observedHandles();
    for (int i = 0; i < observed.size(); i++) {
      checkPlatform(
          problems, "observedHandles[" + i + "].platform", observed.get(i).handle().platform(), byName, declaredAt);
    }
  }

  private static void checkPlatform(
      List<Problem> problems, String path, Platform platform, Map<String, Platform> byName,
      Map<String, String> declaredAt) {
    if (platform.isBuiltIn()) {
      return;
    }
    Platform first = byName.putIfAbsent(platform.fileName(), platform);
    if (first == null) {
      declaredAt.put(platform.fileName(), path);
    } else if (!first.equals(platform)) {
      problems.add(Problem.at(path, "platform \"" + platform.fileName() + "\" is declared differently at "
          + declaredAt.get(platform.fileName()) + "; one name, one declaration"));
    }
  }

  /** The declared platforms, as the estate keeps them: given and used, distinct, in platform order. */
  static List<Platform> declaredPlatforms(Estate estate) {
    Set<Platform> all = new TreeSet<>(estate.declaredPlatforms());
    for (Account account : estate.accounts()) {
      if (!account.platform().isBuiltIn()) {
        all.add(account.platform());
      }
    }
    for (ObservedHandle observed : estate.observedHandles()) {
      if (!observed.handle().platform().isBuiltIn()) {
        all.add(observed.handle().platform());
      }
    }
    return List.copyOf(all);
  }

  private static void checkDistrict(
      List<Problem> problems, String path, String code, Set<String> districts) {
    if (!districts.contains(code)) {
      problems.add(
          Problem.at(
              path,
              "unknown district \"" + code + "\"" + Suggestions.didYouMean(code, districts)
                  + "; the force's districts are " + districts));
    }
  }

  /** Checks a reference at {@code section[index]field}, a path made only for a problem. */
  private static void checkRef(
      List<Problem> problems, String section, int index, String field, String kind, String id, Set<String> known) {
    if (!known.contains(id)) {
      problems.add(
          Problem.at(
              section + "[" + index + "]" + field, "unknown " + kind + " \"" + id + "\"" + Suggestions.didYouMean(id, smallSample(known))));
    }
  }

  /** Suggestions scan at most this many ids, so a huge estate full of bad references stays linear. */
  private static Collection<String> smallSample(Set<String> known) {
    return known.size() <= 10_000 ? known : List.of();
  }

  /**
   * The handle the account's convention gives it, when the convention names its function: the force checked
   * every district's handle already, but a function may make the handle too long, or leave nothing but "@".
   */
  private static void checkConventionalHandle(List<Problem> problems, String path, Account account, Force force) {
    String template = force.handleConventions().get(account.tier());
    if (template == null || !template.contains(Force.FUNCTION_PLACEHOLDER) || account.function().isEmpty()) {
      return;
    }
    Optional<String> token = Optional.empty();
    if (template.contains(Force.DISTRICT_PLACEHOLDER)) {
      Optional<District> district = account.district().flatMap(force::district);
      if (district.isEmpty()) {
        return;
      }
      token = Optional.of(district.get().handleToken());
    }
    String handle = Force.conventionalHandle(template, token, account.function());
    try {
      Handle.requireWellFormed(handle);
    } catch (IllegalArgumentException e) {
      problems.add(
          Problem.at(
              path + ".function",
              "with the force's handle convention \"" + template + "\", function \"" + account.function().get()
                  + "\" gives account " + account.id() + " no handle: " + e.getMessage()
                  + "; shorten the function or change the convention"));
    }
  }

  static boolean isCanonical(Estate estate) {
    if (!estate.declaredPlatforms().equals(declaredPlatforms(estate))) {
      return false;
    }
    for (EstateSection<?> section : EstateSection.all()) {
      if (!Ordering.natural().isOrdered(section.of(estate))) {
        return false;
      }
    }
    return true;
  }

  static Estate canonical(Estate estate) {
    Estate.Builder builder = Estate.builder().force(estate.force()).asOf(estate.asOf())
        .declaredPlatforms(declaredPlatforms(estate))
        .locations(estate.locations());
    for (EstateSection<?> section : EstateSection.all()) {
      addSorted(section, estate, builder);
    }
    return builder.build();
  }

  private static <T extends Comparable<? super T>> void addSorted(
      EstateSection<T> section, Estate estate, Estate.Builder builder) {
    section.addAll(builder, sorted(section.of(estate)));
  }

  private static <T extends Comparable<? super T>> List<T> sorted(List<T> list) {
    return Ordering.natural().immutableSortedCopy(list);
  }

}
