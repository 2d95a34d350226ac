package io.github.accountgovernance.core.files;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The YAML parser factory of {@link LocatedReader}: Jackson's, whose parsers give the current token's line and
 * column as numbers (Jackson's own make a {@code JsonLocation} object for each), and tell a plain scalar that can
 * only be text without running the YAML library's number, boolean and null patterns over it (a regular-expression
 * matcher per date, instant and name was a fifth of a big YAML file's reading allocation). Every other scalar is
 * typed by Jackson as before, so the tokens are the same.
 */
final class YamlParsers extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  YamlParsers(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        _createReader(in, null, ctxt));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
      throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        new CharArrayReader(data, offset, len));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        _createReader(data, offset, len, null, ctxt));
  }

  /** A YAML parser that gives the current token's place as numbers; see {@link YamlParsers}. */
  static final class Parser extends YAMLParser {

    Parser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options, ObjectCodec codec,
        Reader reader) {
      super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
    }

    /** The current token's line, from 1, as {@code currentTokenLocation().getLineNr()} gives it. */
    int tokenLine() {
      Mark mark = startMark();
      return mark == null ? -1 : mark.getLine() + 1;
    }

    /** The current token's column, from 1, as {@code currentTokenLocation().getColumnNr()} gives it. */
    int tokenColumn() {
      Mark mark = startMark();
      return mark == null ? -1 : mark.getColumn() + 1;
    }

    private Mark startMark() {
      Event event = _lastEvent;
      return event == null ? null : event.getStartMark();
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      String tag = scalar.getTag();
      String value = scalar.getValue();
      if ((tag == null || tag.equals("!")) && scalar.getImplicit().canOmitTagInPlainScalar() && onlyText(value)) {
        // What Jackson does for a scalar the YAML library resolves to text (or a timestamp, read as text too).
        _textValue = value;
        _cleanedTextValue = null;
        return JsonToken.VALUE_STRING;
      }
      return super._decodeScalar(scalar);
    }

    /**
     * Tells whether a plain scalar is certainly none of YAML 1.1's numbers, booleans or nulls, as the YAML library
     * resolves them: its patterns are chosen by the first character (digits and signs for numbers, a few letters
     * for booleans and nulls, and the empty text for null). A scalar starting with a digit that has a letter T, a
     * space, or a minus other than an exponent's sign after its first character (a date, an instant) is no
     * number; one starting with a letter and longer than five characters ({@code false}) is no boolean or null;
     * one starting with any character no pattern starts with is text. Anything else is left to the library.
     */
    static boolean onlyText(String value) {
      int n = value.length();
      if (n == 0) {
        return false;
      }
      char first = value.charAt(0);
      if (first >= '0' && first <= '9') {
        for (int i = 1; i < n; i++) {
          char c = value.charAt(i);
          if (c == 'T' || c == ' ' || (c == '-' && value.charAt(i - 1) != 'e' && value.charAt(i - 1) != 'E')) {
            return true;
          }
        }
        return false;
      }
      if ("yYnNtTfFoO~".indexOf(first) >= 0) {
        return n > 5;
      }
      return "-+.<!&*\0".indexOf(first) < 0;
    }
  }
}
