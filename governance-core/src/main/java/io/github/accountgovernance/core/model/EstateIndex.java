package io.github.accountgovernance.core.model;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import java.util.Optional;

/** Lookups over an estate, built once on first use. */
final class EstateIndex {

  final ImmutableMap<String, Account> accountsById;
  final ImmutableListMultimap<Handle, Account> accountsByHandle;
  final ImmutableListMultimap<String, Account> accountsByDistrict;
  final ImmutableListMultimap<Platform, Account> accountsByPlatform;
  final ImmutableMap<String, Contributor> contributorsById;
  final ImmutableListMultimap<String, AccessGrant> grantsByAccount;
  final ImmutableListMultimap<String, AccessGrant> grantsByContributor;
  final ImmutableListMultimap<String, RotaAssignment> rotaByAccount;
  final ImmutableListMultimap<String, RotaAssignment> rotaByContributor;
  final ImmutableListMultimap<String, Absence> absencesByContributor;
  final ImmutableMap<String, ClosurePlan> closurePlansByAccount;
  final ImmutableListMultimap<String, SampledPost> postsByAccount;

  EstateIndex(Estate estate) {
    accountsById = Maps.uniqueIndex(estate.accounts(), Account::id);
    accountsByHandle = Multimaps.index(estate.accounts(), Account::handle);
    ImmutableListMultimap.Builder<String, Account> byDistrict = ImmutableListMultimap.builder();
    for (Account account : estate.accounts()) {
      Optional<String> district = account.district();
      district.ifPresent(code -> byDistrict.put(code, account));
    }
    accountsByDistrict = byDistrict.build();
    accountsByPlatform = Multimaps.index(estate.accounts(), Account::platform);
    contributorsById = Maps.uniqueIndex(estate.contributors(), Contributor::id);
    grantsByAccount = Multimaps.index(estate.grants(), AccessGrant::account);
    grantsByContributor = Multimaps.index(estate.grants(), AccessGrant::contributor);
    rotaByAccount = Multimaps.index(estate.rota(), RotaAssignment::account);
    rotaByContributor = Multimaps.index(estate.rota(), RotaAssignment::contributor);
    absencesByContributor = Multimaps.index(estate.absences(), Absence::contributor);
    closurePlansByAccount = Maps.uniqueIndex(estate.closurePlans(), ClosurePlan::account);
    postsByAccount = Multimaps.index(estate.posts(), SampledPost::account);
  }
}
