package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.problem.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.accountgovernance.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EstateTest {

  private static final Force NYP =
      Force.builder()
          .name("North Yorkshire Police")
          .addDistricts(District.of("york", "York"), District.of("craven", "Craven"))
          .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}")
          .build();

  private static Account account(String id, String handle, String district) {
    return Account.builder()
        .id(id)
        .handle(Handle.of(Platform.X, handle))
        .displayName("North Yorkshire Police " + id)
        .tier(AccountTier.DISTRICT)
        .status(AccountStatus.ACTIVE)
        .district(district)
        .build();
  }

  private static Contributor person(String id) {
    return Contributor.builder().id(id).kind(ContributorKind.OFFICER).name("PC " + id).build();
  }

  @Test
  void build_listsEveryUnresolvedReferenceInOneError() {
    Estate.Builder builder =
        Estate.builder()
            .force(NYP)
            .asOf(Instant.parse("2021-04-01T00:00:00Z"))
            .addAccounts(account("york-x", "NYP_York", "york"), account("ryedale-x", "NYP_Ryedale", "ryedal"))
            .addContributors(person("c1"))
            .addRota(
                RotaAssignment.shift(
                    "c2", "york-x", TimeWindow.of(Instant.parse("2021-04-01T08:00:00Z"), Duration.ofHours(8))))
            .addGrants(AccessGrant.of("c1", "yrok-x", AccessRole.POSTER));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidEstateException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("accounts[1].district", "grants[0].account", "rota[0].contributor"))
        .hasMessageContaining("unknown district \"ryedal\"")
        .hasMessageContaining("did you mean \"york-x\"?");
  }

  @Test
  void build_letsANewAccountTakeADeletedAccountsHandle() {
    Account deleted =
        Account.builder()
            .from(account("york-old", "NYP_York", "york"))
            .status(AccountStatus.DELETED)
            .deletedOn(LocalDate.of(2020, 6, 1))
            .build();
    Account reRegistered = account("york-x", "NYP_York", "york");

    Estate estate =
        Estate.builder().force(NYP).asOf(Instant.EPOCH).addAccounts(deleted, reRegistered).build();

    assertThat(estate.accounts()).extracting(Account::id).containsExactlyInAnyOrder("york-old", "york-x");
  }

  @Test
  void build_acceptsTwoAccountsOnOneHandle_whichIsNam3sToReport() {
    Account closed =
        Account.builder().from(account("york-old", "NYP_York", "york")).status(AccountStatus.CLOSED).build();

    Estate estate =
        Estate.builder().force(NYP).asOf(Instant.EPOCH).addAccounts(closed, account("york-x", "NYP_York", "york"))
            .build();

    assertThat(estate.accountsWithHandle(Handle.of(Platform.X, "NYP_York")))
        .extracting(Account::id)
        .containsExactly("york-old", "york-x");
  }

  @Test
  void build_keepsCanonicalOrderWhateverTheInputOrder() {
    Account york = account("york-x", "NYP_York", "york");
    Account craven = account("craven-x", "NYP_Craven", "craven");
    Estate one = Estate.builder().force(NYP).asOf(Instant.EPOCH).addAccounts(york, craven).build();
    Estate other = Estate.builder().force(NYP).asOf(Instant.EPOCH).addAccounts(craven, york).build();

    assertThat(one).isEqualTo(other);
    assertThat(one.accounts()).containsExactly(craven, york);
  }

  @Test
  void accountsWithHandle_comparesThePlatformsWay() {
    Estate estate =
        Estate.builder().force(NYP).asOf(Instant.EPOCH).addAccounts(account("york-x", "NYP_York", "york")).build();

    assertThat(estate.accountsWithHandle(Handle.of(Platform.X, "@nyp_york")))
        .extracting(Account::id)
        .isEqualTo(List.of("york-x"));
    assertThat(estate.accountsInDistrict("york")).hasSize(1);
  }

  @Test
  void build_ordersAnEmptySignatureApartFromNoSignature_regression() {
    Account york = account("york-x", "NYP_York", "york");
    SampledPost unsigned =
        SampledPost.builder()
            .account("york-x")
            .author("c1")
            .postedAt(Instant.parse("2021-04-02T09:15:00Z"))
            .text("Out on patrol")
            .build();
    SampledPost emptySignature = SampledPost.builder().from(unsigned).signature("").build();
    ObservedHandle bare = ObservedHandle.of(Handle.of(Platform.X, "NYorksPol1ce"));
    ObservedHandle emptyNote = ObservedHandle.builder().from(bare).note("").build();

    Estate one =
        Estate.builder().force(NYP).asOf(Instant.EPOCH).addAccounts(york).addContributors(person("c1"))
            .addPosts(unsigned, emptySignature).addObservedHandles(bare, emptyNote).build();
    Estate other =
        Estate.builder().force(NYP).asOf(Instant.EPOCH).addAccounts(york).addContributors(person("c1"))
            .addPosts(emptySignature, unsigned).addObservedHandles(emptyNote, bare).build();

    assertThat(one).isEqualTo(other);
    assertThat(one.posts()).containsExactly(unsigned, emptySignature);
  }
}
