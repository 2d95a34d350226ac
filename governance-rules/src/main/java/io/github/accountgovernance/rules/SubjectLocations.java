package io.github.accountgovernance.rules;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.rules.authoring.Subject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a violation's subject was defined in the estate's files: an account's, contributor's, closure plan's or
 * district's entry; for a handle, the account or observed handle that holds it; for the estate or a platform, the
 * force's entry. Empty for an estate built in code.
 */
final class SubjectLocations {

  private final Estate estate;
  private Map<String, SourceLocation> handles;

  SubjectLocations(Estate estate) {
    this.estate = estate;
  }

  /** Returns the violations, each with its subject's location if it has one. */
  List<Violation> locate(List<Violation> violations) {
    if (estate.locationOf(estate.force()).isEmpty()) {
      return violations;
    }
    return violations.stream()
        .map(v -> of(v.subject()).map(at -> Violation.builder().from(v).location(at).build()).orElse(v))
        .toList();
  }

  Optional<SourceLocation> of(Subject subject) {
    Optional<SourceLocation> found =
        switch (subject.kind()) {
          case ACCOUNT -> estate.account(subject.id()).flatMap(estate::locationOf);
          case CONTRIBUTOR -> estate.contributor(subject.id()).flatMap(estate::locationOf);
          case CLOSURE_PLAN -> estate.closurePlanFor(subject.id()).flatMap(estate::locationOf);
          case DISTRICT -> estate.force().district(subject.id()).flatMap(estate::locationOf);
          case HANDLE -> Optional.ofNullable(handles().get(subject.id()));
          case POST -> post(subject.id());
          default -> Optional.empty();
        };
    return found.or(() -> estate.locationOf(estate.force()));
  }

  /** A post's subject id is its account and the instant it was posted: {@code npt-whitby-x@2021-02-27T14:00:00Z}. */
  private Optional<SourceLocation> post(String id) {
    int at = id.lastIndexOf('@');
    if (at < 0) {
      return Optional.empty();
    }
    String account = id.substring(0, at);
    String postedAt = id.substring(at + 1);
    return estate.postsOn(account).stream()
        .filter(post -> post.postedAt().toString().equals(postedAt))
        .findFirst()
        .flatMap(estate::locationOf);
  }

  private Map<String, SourceLocation> handles() {
    if (handles == null) {
      handles = new HashMap<>();
      for (ObservedHandle observed : estate.observedHandles()) {
        estate.locationOf(observed).ifPresent(at -> handles.put(Subject.of(observed.handle()).id(), at));
      }
      for (Account account : estate.accounts()) {
        estate.locationOf(account).ifPresent(at -> handles.put(Subject.of(account.handle()).id(), at));
      }
    }
    return handles;
  }
}
