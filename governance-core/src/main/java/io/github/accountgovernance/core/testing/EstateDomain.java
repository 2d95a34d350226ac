package io.github.accountgovernance.core.testing;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of estates: with {@code @Domain(EstateDomain.class)} on a property (or its container), every
 * {@code @ForAll} parameter of a model type is drawn from {@link EstateArbitraries}: a plain {@code Estate} is a
 * valid small estate, {@code EstateParts} its builder input, {@code DefectiveEstate} an estate with exactly one
 * planted defect, {@code Instant} a whole second around March 2021.
 *
 * <pre>{@code
 * @Property
 * @Domain(EstateDomain.class)
 * void everyRotaSlotHasItsAccount(@ForAll Estate estate) {
 *   assertThat(estate.rota()).allSatisfy(slot -> assertThat(estate.account(slot.account())).isPresent());
 * }
 * }</pre>
 *
 * <p>A domain replaces jqwik's default providers; add {@code @Domain(DomainContext.Global.class)} as well to keep
 * them for other parameter types (strings, integers, {@code Random}).
 *
 * <p>Stateless and thread-safe.
 */
public class EstateDomain extends DomainContextBase {

  /** Creates the domain; jqwik does this for {@code @Domain(EstateDomain.class)}. */
  public EstateDomain() {}

  /**
   * Provides valid small estates.
   *
   * @return {@link EstateArbitraries#validEstates()}
   */
  @Provide
  public Arbitrary<Estate> estates() {
    return EstateArbitraries.validEstates();
  }

  /**
   * Provides the builder input of valid small estates.
   *
   * @return {@link EstateArbitraries#validEstateParts()}
   */
  @Provide
  public Arbitrary<EstateParts> estateParts() {
    return EstateArbitraries.validEstateParts();
  }

  /**
   * Provides estates with exactly one planted defect.
   *
   * @return {@link EstateArbitraries#estatesWithOneDefect()}
   */
  @Provide
  public Arbitrary<DefectiveEstate> defectiveEstates() {
    return EstateArbitraries.estatesWithOneDefect();
  }

  /**
   * Provides forces.
   *
   * @return {@link EstateArbitraries#forces()}
   */
  @Provide
  public Arbitrary<Force> forces() {
    return EstateArbitraries.forces();
  }

  /**
   * Provides districts.
   *
   * @return {@link EstateArbitraries#districts()}
   */
  @Provide
  public Arbitrary<District> districts() {
    return EstateArbitraries.districts();
  }

  /**
   * Provides handles the platform accepts.
   *
   * @return {@link EstateArbitraries#handles()}
   */
  @Provide
  public Arbitrary<Handle> handles() {
    return EstateArbitraries.handles();
  }

  /**
   * Provides accounts.
   *
   * @return {@link EstateArbitraries#accounts()}
   */
  @Provide
  public Arbitrary<Account> accounts() {
    return EstateArbitraries.accounts();
  }

  /**
   * Provides contributors.
   *
   * @return {@link EstateArbitraries#contributors()}
   */
  @Provide
  public Arbitrary<Contributor> contributors() {
    return EstateArbitraries.contributors();
  }

  /**
   * Provides access grants.
   *
   * @return {@link EstateArbitraries#grants()}
   */
  @Provide
  public Arbitrary<AccessGrant> grants() {
    return EstateArbitraries.grants();
  }

  /**
   * Provides rota slots, shifts and weekly patterns.
   *
   * @return {@link EstateArbitraries#rotaAssignments()}
   */
  @Provide
  public Arbitrary<RotaAssignment> rotaAssignments() {
    return EstateArbitraries.rotaAssignments();
  }

  /**
   * Provides absences.
   *
   * @return {@link EstateArbitraries#absences()}
   */
  @Provide
  public Arbitrary<Absence> absences() {
    return EstateArbitraries.absences();
  }

  /**
   * Provides closure plans.
   *
   * @return {@link EstateArbitraries#closurePlans()}
   */
  @Provide
  public Arbitrary<ClosurePlan> closurePlans() {
    return EstateArbitraries.closurePlans();
  }

  /**
   * Provides sampled posts.
   *
   * @return {@link EstateArbitraries#posts()}
   */
  @Provide
  public Arbitrary<SampledPost> posts() {
    return EstateArbitraries.posts();
  }

  /**
   * Provides observed handles.
   *
   * @return {@link EstateArbitraries#observedHandles()}
   */
  @Provide
  public Arbitrary<ObservedHandle> observedHandles() {
    return EstateArbitraries.observedHandles();
  }

  /**
   * Provides declared monitored hours.
   *
   * @return {@link EstateArbitraries#monitoredHours()}
   */
  @Provide
  public Arbitrary<MonitoredHours> monitoredHours() {
    return EstateArbitraries.monitoredHours();
  }

  /**
   * Provides time windows.
   *
   * @return {@link EstateArbitraries#timeWindows()}
   */
  @Provide
  public Arbitrary<TimeWindow> timeWindows() {
    return EstateArbitraries.timeWindows();
  }

  /**
   * Provides weekly windows.
   *
   * @return {@link EstateArbitraries#weeklyWindows()}
   */
  @Provide
  public Arbitrary<WeeklyWindow> weeklyWindows() {
    return EstateArbitraries.weeklyWindows();
  }

  /**
   * Provides whole-second instants around March 2021.
   *
   * @return {@link EstateArbitraries#instants()}
   */
  @Provide
  public Arbitrary<Instant> instants() {
    return EstateArbitraries.instants();
  }

  /**
   * Provides dates around March 2021.
   *
   * @return {@link EstateArbitraries#dates()}
   */
  @Provide
  public Arbitrary<LocalDate> dates() {
    return EstateArbitraries.dates();
  }
}
