package cn.finegov.benchmark.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchArgsTest {

  private static final Map<String, String> DEFAULTS =
      Map.of("clients", "8", "share", "0.1", "server", "http://127.0.0.1:19080");

  @Test
  void givenValuesReplaceDefaults() {
    BenchArgs args =
        BenchArgs.parse(new String[] {"--clients", "16", "--keep"}, DEFAULTS, Set.of("keep"));
    assertThat(args.integer("clients")).isEqualTo(16);
    assertThat(args.decimal("share")).isEqualTo(0.1);
    assertThat(args.text("server")).isEqualTo("http://127.0.0.1:19080");
    assertThat(args.flag("keep")).isTrue();
    assertThat(BenchArgs.parse(new String[0], DEFAULTS, Set.of("keep")).flag("keep")).isFalse();
  }

  @Test
  void anUnknownOptionOrAMissingValueIsRefused() {
    assertThatThrownBy(() -> BenchArgs.parse(new String[] {"--client", "1"}, DEFAULTS, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--client");
    assertThatThrownBy(() -> BenchArgs.parse(new String[] {"--clients"}, DEFAULTS, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
