package io.github.accountgovernance.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Provenance;
import io.github.accountgovernance.rules.catalogue.ClosureRules;
import io.github.accountgovernance.rules.catalogue.EstateRules;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ParameterTest {

  /** Value types that cannot change once made; every other catalogue value must be an immutable collection. */
  private static final List<Class<?>> IMMUTABLE_TYPES =
      List.of(Integer.class, Duration.class, TextPattern.class, String.class, LocalDate.class);

  private static Map<String, Parameter<?>> catalogueParameters() {
    Map<String, Parameter<?>> parameters = new LinkedHashMap<>();
    for (Rule rule : PolicyPacks.catalogue()) {
      for (Parameter<?> parameter : rule.parameters()) {
        parameters.putIfAbsent(parameter.key(), parameter);
      }
    }
    return parameters;
  }

  private static void assertCannotChange(String where, Object value) {
    if (value instanceof Collection<?> collection) {
      assertThatThrownBy(collection::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
    } else {
      assertThat(IMMUTABLE_TYPES).as(where).contains(value.getClass());
    }
  }

  @Test
  void catalogueParameters_defaultsCannotBeChanged() {
    assertThat(catalogueParameters()).isNotEmpty();
    for (Parameter<?> parameter : catalogueParameters().values()) {
      assertCannotChange(parameter.key() + " default", parameter.defaultValue());
      assertCannotChange(
          parameter.key() + " in npcc2021", PolicyPacks.npcc2021().value(parameter));
    }
    for (EffectiveParameter effective : PolicyPacks.npcc2021().parameters()) {
      assertCannotChange(effective.key() + " effective", effective.value());
    }
  }

  @Test
  void catalogueParameters_setValuesCannotBeChanged() {
    PolicyPack.Builder derived = PolicyPacks.npcc2021().derive("nyp-2021");
    for (Parameter<?> parameter : catalogueParameters().values()) {
      setToItsDefaultText(derived, parameter);
    }
    PolicyPack pack = derived.build();
    for (Parameter<?> parameter : catalogueParameters().values()) {
      assertCannotChange(parameter.key() + " set", pack.value(parameter));
    }
    for (EffectiveParameter effective : pack.parameters()) {
      assertThat(effective.provenance()).isEqualTo(Provenance.FORCE_OVERRIDE);
      assertCannotChange(effective.key() + " effective", effective.value());
    }
  }

  private static <T> void setToItsDefaultText(PolicyPack.Builder builder, Parameter<T> parameter) {
    builder.set(parameter, parameter.parse(parameter.format(parameter.defaultValue())));
  }

  @Test
  void builtInPack_tiersCannotBeWidenedByTheCaller() {
    Set<AccountTier> tiers = PolicyPacks.npcc2021().value(EstateRules.ALLOWED_TIERS);

    assertThatThrownBy(() -> tiers.add(AccountTier.INDIVIDUAL_OFFICER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(PolicyPacks.npcc2021().value(EstateRules.ALLOWED_TIERS))
        .doesNotContain(AccountTier.INDIVIDUAL_OFFICER);
  }

  @Test
  void set_copiesTheCallersList() {
    List<String> exempt = new ArrayList<>(List.of("@NYP_Jobs"));
    PolicyPack pack = PolicyPacks.npcc2021().derive("nyp-2021").set(ClosureRules.EXEMPT_ACCOUNTS, exempt).build();

    exempt.add("@NYorksPolice");

    assertThat(pack.value(ClosureRules.EXEMPT_ACCOUNTS)).containsExactly("@NYP_Jobs");
    assertThat(pack.parameters())
        .filteredOn(p -> p.key().equals(ClosureRules.EXEMPT_ACCOUNTS.key()))
        .singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo(List.of("@NYP_Jobs")));
  }

  @Test
  void set_copiesTheCallersEnumSet() {
    Set<AccountTier> tiers = EnumSet.of(AccountTier.FORCE_WIDE);
    PolicyPack pack = PolicyPacks.npcc2021().derive("nyp-2021").set(EstateRules.ALLOWED_TIERS, tiers).build();

    tiers.add(AccountTier.INDIVIDUAL_OFFICER);

    assertThat(pack.value(EstateRules.ALLOWED_TIERS)).containsExactly(AccountTier.FORCE_WIDE);
  }

  @Test
  void of_copiesAMutableDefault() {
    List<String> defaults = new ArrayList<>(List.of("Chief Constable"));
    Parameter<List<String>> roles =
        Parameter.of("exemptRoles", ParameterType.TEXT_LIST, defaults, "roles exempt from the rule");

    defaults.clear();

    assertThat(roles.defaultValue()).containsExactly("Chief Constable");
  }
}
