package io.github.accountgovernance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class XmlTest {

  @Test
  void attribute_escapesMarkupAndLineBreaks_andNeverEmitsForbiddenCharacters() {
    assertThat(Xml.attribute("a<b & \"c\"\n\u0001\uD800")).isEqualTo("a&lt;b &amp; &quot;c&quot;&#10;\uFFFD\uFFFD");
  }

  @Test
  void text_keepsLineBreaksAndSurrogatePairs() {
    assertThat(Xml.text("line 1\nline 2 \uD83D\uDE00")).isEqualTo("line 1\nline 2 \uD83D\uDE00");
  }
}
