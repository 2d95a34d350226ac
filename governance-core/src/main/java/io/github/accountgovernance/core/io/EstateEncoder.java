package io.github.accountgovernance.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Writes an estate to a generator: fields in a fixed order, lists in the estate's canonical order, optional
 * fields and defaults left out, so that the same estate always gives the same bytes.
 */
final class EstateEncoder {

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

  private final JsonGenerator out;

  EstateEncoder(JsonGenerator out) {
    this.out = out;
  }

  void write(Estate estate) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", EstateNames.FORMAT);
    force(estate.force());
    out.writeStringField("asOf", estate.asOf().toString());
    section("accounts", estate.accounts(), this::account);
    section("contributors", estate.contributors(), this::contributor);
    section("grants", estate.grants(), this::grant);
    section("rota", estate.rota(), this::rota);
    section("absences", estate.absences(), this::absence);
    section("closurePlans", estate.closurePlans(), this::closurePlan);
    section("posts", estate.posts(), this::post);
    section("observedHandles", estate.observedHandles(), this::observedHandle);
    out.writeEndObject();
  }

  /** An overlay: the format and closure plans only, in the order given. */
  void writeOverlay(List<ClosurePlan> plans) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", EstateNames.FORMAT);
    section("closurePlans", plans, this::closurePlan);
    out.writeEndObject();
  }

  private interface Writer<T> {
    void write(T value) throws IOException;
  }

  private <T> void section(String name, List<T> values, Writer<T> writer) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(name);
    for (T value : values) {
      out.writeStartObject();
      writer.write(value);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void force(Force force) throws IOException {
    out.writeObjectFieldStart("force");
    out.writeStringField("name", force.name());
    if (!force.zone().equals(DEFAULT_ZONE)) {
      out.writeStringField("zone", force.zone().getId());
    }
    section("districts", force.districts(), this::district);
    if (!force.handleConventions().isEmpty()) {
      out.writeObjectFieldStart("handleConventions");
      for (AccountTier tier : AccountTier.values()) {
        String template = force.handleConventions().get(tier);
        if (template != null) {
          out.writeStringField(EstateNames.of(tier), template);
        }
      }
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void district(District district) throws IOException {
    out.writeStringField("code", district.code());
    out.writeStringField("name", district.name());
    if (!district.handleToken().equals(District.of(district.code(), district.name()).handleToken())) {
      out.writeStringField("handleToken", district.handleToken());
    }
  }

  private void account(Account account) throws IOException {
    out.writeStringField("id", account.id());
    handle(account.handle());
    out.writeStringField("displayName", account.displayName());
    out.writeStringField("tier", EstateNames.of(account.tier()));
    out.writeStringField("status", EstateNames.of(account.status()));
    optional("district", account.district());
    optional("function", account.function());
    optional("owningTeam", account.owningTeam());
    if (account.followers() != 0) {
      out.writeNumberField("followers", account.followers());
    }
    monitoredHours(account.monitoredHours());
    optional("outOfHoursText", account.outOfHoursText());
    if (!account.bio().isEmpty()) {
      out.writeStringField("bio", account.bio());
    }
    optional("justification", account.justification());
    optional("openedOn", account.openedOn());
    optional("closedOn", account.closedOn());
    optional("deletedOn", account.deletedOn());
  }

  private void handle(Handle handle) throws IOException {
    out.writeStringField("platform", handle.platform().fileName());
    out.writeStringField("handle", "@" + handle.value());
  }

  private void monitoredHours(MonitoredHours hours) throws IOException {
    if (hours.isAlways()) {
      out.writeStringField("monitoredHours", EstateNames.ALWAYS);
    } else if (hours.isDeclared()) {
      out.writeArrayFieldStart("monitoredHours");
      for (WeeklyWindow window : hours.windows()) {
        out.writeString(window.toString());
      }
      out.writeEndArray();
    }
  }

  private void contributor(Contributor contributor) throws IOException {
    out.writeStringField("id", contributor.id());
    out.writeStringField("kind", EstateNames.of(contributor.kind()));
    out.writeStringField("name", contributor.name());
    optional("collarNumber", contributor.collarNumber());
    optional("district", contributor.district());
    optional("team", contributor.team());
    if (contributor.status() != ContributorStatus.SERVING) {
      out.writeStringField("status", EstateNames.of(contributor.status()));
    }
    optional("leftOn", contributor.leftOn());
  }

  private void grant(AccessGrant grant) throws IOException {
    out.writeStringField("contributor", grant.contributor());
    out.writeStringField("account", grant.account());
    out.writeStringField("role", EstateNames.of(grant.role()));
  }

  private void rota(RotaAssignment slot) throws IOException {
    out.writeStringField("contributor", slot.contributor());
    out.writeStringField("account", slot.account());
    if (slot.shiftWindow().isPresent()) {
      out.writeStringField("from", slot.shiftWindow().get().start().toString());
      out.writeStringField("to", slot.shiftWindow().get().end().toString());
    }
    optional("weekly", slot.weeklyWindow());
    optional("validFrom", slot.validFrom());
    optional("validUntil", slot.validUntil());
  }

  private void absence(Absence absence) throws IOException {
    out.writeStringField("contributor", absence.contributor());
    out.writeStringField("from", absence.window().start().toString());
    out.writeStringField("to", absence.window().end().toString());
    out.writeStringField("reason", EstateNames.of(absence.reason()));
  }

  private void closurePlan(ClosurePlan plan) throws IOException {
    out.writeStringField("account", plan.account());
    if (!plan.successors().isEmpty()) {
      out.writeArrayFieldStart("successors");
      for (String successor : plan.successors()) {
        out.writeString(successor);
      }
      out.writeEndArray();
    }
    optional("finalMessage", plan.finalMessage());
    optional("finalMessageOn", plan.finalMessageOn());
    out.writeStringField("closureDate", plan.closureDate().toString());
    optional("archivedOn", plan.archivedOn());
  }

  private void post(SampledPost post) throws IOException {
    out.writeStringField("account", post.account());
    out.writeStringField("author", post.author());
    out.writeStringField("postedAt", post.postedAt().toString());
    out.writeStringField("text", post.text());
    optional("signature", post.signature());
  }

  private void observedHandle(ObservedHandle observed) throws IOException {
    handle(observed.handle());
    optional("observedOn", observed.observedOn());
    optional("note", observed.note());
  }

  private void optional(String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get().toString());
    }
  }
}
