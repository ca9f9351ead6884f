package cn.finegov.simulators.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HotlineCommandLineTest {

  @Test
  void theOptionsOfTheBriefBecomeSettings() {
    HotlineSettings settings =
        HotlineCommandLine.parse(
            new String[] {
              "--port",
              "18345",
              "--secret",
              "S",
              "--suite-url",
              "http://localhost:18080/governance/",
              "--exchange-url",
              "jdbc:postgresql://localhost:55432/hotline",
              "--exchange-user",
              "u",
              "--exchange-password",
              "p",
              "--return-visit-delay",
              "500ms",
              "--seed",
              "7",
              "--accept-unknown-tickets",
              "--return-visit-weights",
              "MY=1,BMY=3"
            });

    assertThat(settings.port()).isEqualTo(18345);
    assertThat(settings.secret()).isEqualTo("S");
    assertThat(settings.suiteUrl()).hasToString("http://localhost:18080/governance");
    assertThat(settings.exchangeUrl()).isEqualTo("jdbc:postgresql://localhost:55432/hotline");
    assertThat(settings.exchangeUser()).isEqualTo("u");
    assertThat(settings.exchangePassword()).isEqualTo("p");
    assertThat(settings.exchangeH2Port()).isNull();
    assertThat(settings.returnVisitDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.seed()).isEqualTo(7);
    assertThat(settings.acceptUnknownTickets()).isTrue();
    assertThat(settings.returnVisitWeights()).containsOnlyKeys("MY", "BMY");
  }

  @Test
  void theH2PortAndDefaults() {
    HotlineSettings settings =
        HotlineCommandLine.parse(new String[] {"--secret", "S", "--exchange-h2-port", "19092"});

    assertThat(settings.exchangeH2Port()).isEqualTo(19092);
    assertThat(settings.exchangeUrl()).isNull();
    assertThat(settings.port()).isEqualTo(18345);
    assertThat(settings.returnVisitDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.seed()).isEqualTo(42);
    assertThat(settings.acceptUnknownTickets()).isFalse();
    assertThat(settings.returnVisitWeights())
        .containsEntry("MY", 80)
        .containsEntry("JBMY", 10)
        .containsEntry("BMY", 8)
        .containsEntry("WFLX", 2);
  }

  @Test
  void durationsAndMistakes() {
    assertThat(HotlineCommandLine.duration("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(HotlineCommandLine.duration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(HotlineCommandLine.duration("0")).isEqualTo(Duration.ZERO);
    assertThat(HotlineCommandLine.duration("PT1H")).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> HotlineCommandLine.parse(new String[] {"--port", "1"}))
        .hasMessageContaining("--secret");
    assertThatThrownBy(() -> HotlineCommandLine.parse(new String[] {"--secret", "S", "--colour"}))
        .hasMessageContaining("unknown option");
    assertThatThrownBy(
            () ->
                HotlineCommandLine.parse(
                    new String[] {
                      "--secret", "S", "--exchange-url", "jdbc:h2:mem:x", "--exchange-h2-port", "1"
                    }))
        .hasMessageContaining("exclude");
    assertThat(HotlineSimulator.share("10%")).isEqualTo(0.1);
    assertThat(HotlineSimulator.share("0.05")).isEqualTo(0.05);
  }
}
