package io.github.accountgovernance.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.FileKind;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.EstateSection;
import io.github.accountgovernance.core.model.Platform;
import java.io.IOException;
import java.util.List;

/**
 * Writes an estate to a generator through {@link EstateMappings}: fields in a fixed order, lists in the estate's
 * canonical order, optional fields and defaults left out, so that the same estate always gives the same bytes.
 */
final class EstateEncoder {

  private final JsonGenerator out;

  EstateEncoder(JsonGenerator out) {
    this.out = out;
  }

  void write(Estate estate) throws IOException {
    out.writeStartObject();
    out.writeStringField(FileKind.KEY, EstateNames.FORMAT);
    out.writeFieldName("force");
    EstateMappings.FORCE.write(out, estate.force());
    out.writeStringField("asOf", estate.asOf().toString());
    if (!estate.declaredPlatforms().isEmpty()) {
      out.writeArrayFieldStart(EstateMappings.PLATFORMS);
      for (Platform platform : estate.declaredPlatforms()) {
        EstateMappings.PLATFORM_DECLARATION.write(out, platform);
      }
      out.writeEndArray();
    }
    for (EstateMappings.Section<?> section : EstateMappings.SECTIONS) {
      section(section, estate);
    }
    out.writeEndObject();
  }

  /** An overlay: the file kind and closure plans only, in the order given. */
  void writeOverlay(List<ClosurePlan> plans) throws IOException {
    out.writeStartObject();
    out.writeStringField(FileKind.KEY, EstateNames.FORMAT);
    for (EstateMappings.Section<?> section : EstateMappings.SECTIONS) {
      if (section.section() == EstateSection.CLOSURE_PLANS) {
        @SuppressWarnings("unchecked") // the closure plans' section describes closure plans
        EstateMappings.Section<ClosurePlan> closures = (EstateMappings.Section<ClosurePlan>) section;
        section(closures, plans);
      }
    }
    out.writeEndObject();
  }

  private <T extends Comparable<? super T>> void section(EstateMappings.Section<T> section, Estate estate)
      throws IOException {
    section(section, section.section().of(estate));
  }

  private <T extends Comparable<? super T>> void section(EstateMappings.Section<T> section, List<T> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(section.name());
    for (T value : values) {
      section.mapping().write(out, value);
    }
    out.writeEndArray();
  }
}
