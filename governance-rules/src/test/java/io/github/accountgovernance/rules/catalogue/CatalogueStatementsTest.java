package io.github.accountgovernance.rules.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.accountgovernance.rules.authoring.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's statements are what its rules' criteria say when composed: no predicate rule writes its
 * statement by hand, and each composed statement is pinned here to the catalogue's wording (docs/catalogue.md).
 * Whole-estate checks (MON-2, NAM-3, NAM-4, CLO-2, CLO-3, CLO-5, EST-1, EST-2, EST-4) state their sentence.
 */
final class CatalogueStatementsTest {

  private static final JavaClasses CATALOGUE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(CatalogueStatementsTest.class.getPackageName());

  private static final Set<String> FAMILIES =
      Set.of("MonitoringRules", "NamingRules", "ClosureRules", "EstateRules", "AttributionRules");

  @Test
  void everyStatement_isTheCataloguesWording() {
    Map<String, String> statements = new LinkedHashMap<>();
    for (Rule rule : PolicyPacks.catalogue()) {
      statements.put(rule.id().value(), rule.statement());
    }

    assertThat(statements)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("MON-1", "every active or closing account has at least 2 distinct serving monitors"),
                Map.entry(
                    "MON-2",
                    "over the horizon, no active or closing account goes longer than 24h without a monitor on"
                        + " duty"),
                Map.entry(
                    "MON-3",
                    "every active or closing account that declares monitored hours has a monitor who is not"
                        + " absent on duty throughout its declared monitored hours"),
                Map.entry(
                    "MON-4",
                    "every active or closing account that declares monitored hours has more than 1 on duty"
                        + " wherever anyone covers its declared monitored hours"),
                Map.entry(
                    "MON-5",
                    "every active or closing account that is not monitored 24/7 carries out-of-hours text that"
                        + " directs people to each of 101, 999 and says not to report crime there"),
                Map.entry("MON-6", "every serving contributor is on duty for at most 4 accounts at once"),
                Map.entry("NAM-1", "every account that is not deleted has a handle its platform accepts"),
                Map.entry(
                    "NAM-2",
                    "every active account that has a tier with a handle convention has the handle its tier's"
                        + " convention expects"),
                Map.entry(
                    "NAM-3", "no two accounts share a handle on a platform under that platform's equivalence"),
                Map.entry(
                    "NAM-4",
                    "no other handle is confusable with an official handle: the same confusable skeleton, or an"
                        + " edit distance of at most 1"),
                Map.entry(
                    "NAM-5",
                    "every active account names the force and names its district if it is a district account and"
                        + " has a display name in one script"),
                Map.entry(
                    "CLO-1",
                    "every active or closing account that has a tier the pack disallows (individual-officer) and"
                        + " is not exempt has a closure plan closing it by 2021-03-31"),
                Map.entry(
                    "CLO-2",
                    "a closing or closed account names at least one successor that is active, on the same"
                        + " platform, and covers its district (or is force-wide); successor chains end at an active"
                        + " account and never loop"),
                Map.entry(
                    "CLO-3",
                    "the final message is published between 31d and 2d before closure and mentions every"
                        + " successor's handle"),
                Map.entry(
                    "CLO-4",
                    "every closing account never goes longer than 24h without a monitor on duty until its closure"
                        + " date and has its declared monitored hours covered until its closure date"),
                Map.entry(
                    "CLO-5",
                    "a closed handle stays registered and dormant for 365 days, and its bio points to a successor"
                        + " and to each of 101, 999"),
                Map.entry(
                    "CLO-6",
                    "every closure plan that is for a closing or closed account archives the account's content on"
                        + " or before the closure date"),
                Map.entry("EST-1", "each district has exactly one active district account per platform in use"),
                Map.entry("EST-2", "exactly one active force-wide account per platform in use"),
                Map.entry(
                    "EST-3",
                    "every active account that is not exempt has a tier the pack allows and has a recorded"
                        + " justification if it is a specialist team account"),
                Map.entry("EST-4", "at most 15 active accounts per platform"),
                Map.entry(
                    "EST-5",
                    "every active or closing account has an owning team and has at least 2 administrators that"
                        + " are serving"),
                Map.entry(
                    "ATT-1",
                    "every signed post is signed with its author's own name or collar number, and its collar"
                        + " numbers match the force's format"),
                Map.entry(
                    "ATT-2",
                    "every contributor that has access to an open district account belongs to the district of"
                        + " each district account it has access to, or to a force-wide team"),
                Map.entry(
                    "ATT-3", "every contributor that has left holds no access and no rota slots after leaving")));
  }

  @Test
  void predicateRules_composeTheirStatementsFromTheirCriteria() {
    noClasses()
        .that()
        .resideInAPackage(CatalogueStatementsTest.class.getPackageName())
        .should()
        .callMethod(Rule.Builder.class, "statement", String.class)
        .because("a predicate rule's statement is what its criteria say; a second, hand-written text can drift")
        .check(CATALOGUE);
  }

  @Test
  void ruleFamilies_doNotReachIntoEachOther() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Rules")
        .should()
        .accessTargetWhere(
            new DescribedPredicate<JavaAccess<?>>("a member of another rule family") {
              @Override
              public boolean test(JavaAccess<?> access) {
                String owner = access.getTargetOwner().getSimpleName();
                return FAMILIES.contains(owner) && !owner.equals(access.getOriginOwner().getSimpleName());
              }
            })
        .because("what two families share lives in Vocabulary, SharedParameters or CoverageEvidence, and the"
            + " coverage is the engine's (EvaluationContext.coverage())")
        .check(CATALOGUE);
  }

  @Test
  void sharedParameters_areTheFamiliesOwn() {
    assertThat(List.of(MonitoringRules.MAX_GAP, MonitoringRules.REQUIRED_PHRASES, ClosureRules.EXEMPT_ACCOUNTS))
        .containsExactly(
            SharedParameters.MAX_GAP, SharedParameters.REQUIRED_PHRASES, SharedParameters.EXEMPT_ACCOUNTS);
    assertThat(ClosureRules.monitoredUntilClosed().parameter("maxGap")).contains(MonitoringRules.MAX_GAP);
    assertThat(ClosureRules.retainedNotDeleted().parameter("requiredPhrases"))
        .contains(MonitoringRules.REQUIRED_PHRASES);
  }
}
