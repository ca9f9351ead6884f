package cn.finegov.grid.domain.model.road;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatrolRuleTest {

  private static final RoadLine LINE =
      RoadLine.parse(
          "{\"type\":\"LineString\",\"coordinates\":[[120.1400,30.2760],[120.1500,30.2760]]}");
  private static final Instant NOW = Instant.parse("2026-05-06T02:00:00Z");
  private final PatrolRule rule = PatrolRule.DEFAULT;

  private static TrackPoint at(int minutes, double latitude, double longitude) {
    return new TrackPoint(
        NOW.minus(Duration.ofMinutes(60)).plus(Duration.ofMinutes(minutes)),
        GeoPoint.of(latitude, longitude));
  }

  @Test
  void pointsInOrderNearTheSegmentAreAccepted() {
    Instant start = NOW.minus(Duration.ofMinutes(60));
    rule.checkStart(LINE, new TrackPoint(start, GeoPoint.of(30.2761, 120.1400)), NOW);
    // 0.0025° north is 278 m: inside the 300 m.
    rule.checkPoints(LINE, start, List.of(at(1, 30.2760, 120.1410), at(2, 30.2785, 120.1420)), NOW);
  }

  @Test
  void aPointFartherThanTheLimitIsRefusedByNumber() {
    // 0.003° north is 334 m.
    assertRefused(
        () ->
            rule.checkPoints(
                LINE,
                NOW.minus(Duration.ofHours(1)),
                List.of(at(1, 30.2760, 120.1410), at(2, 30.2790, 120.1420)),
                NOW),
        "grid.patrol.far",
        2);
    assertRefused(
        () -> rule.checkStart(LINE, new TrackPoint(NOW, GeoPoint.of(30.2900, 120.1450)), NOW),
        "grid.patrol.far",
        0);
  }

  @Test
  void timesMustRunForwardAndNotAheadOfTheClock() {
    Instant after = NOW.minus(Duration.ofHours(1));
    assertRefused(
        () ->
            rule.checkPoints(
                LINE, after, List.of(at(5, 30.2760, 120.1410), at(5, 30.2760, 120.1420)), NOW),
        "grid.patrol.order",
        2);
    assertRefused(
        () -> rule.checkPoints(LINE, after, List.of(at(-1, 30.2760, 120.1410)), NOW),
        "grid.patrol.order",
        1);
    assertRefused(
        () -> rule.checkPoints(LINE, after, List.of(at(66, 30.2760, 120.1410)), NOW),
        "grid.patrol.future",
        1);
    // Four minutes ahead is a phone's clock running fast: accepted.
    rule.checkPoints(LINE, after, List.of(at(64, 30.2760, 120.1410)), NOW);
    assertRefused(() -> rule.checkPoints(LINE, after, List.of(), NOW), "grid.patrol.batch", 1000);
  }

  @Test
  void aPatrolIsStaleAfterTheOpenHours() {
    assertThat(rule.isStale(NOW.minus(Duration.ofHours(12)), NOW)).isFalse();
    assertThat(rule.isStale(NOW.minus(Duration.ofHours(12).plusSeconds(1)), NOW)).isTrue();
    assertRefused(
        () ->
            rule.checkStart(
                LINE,
                new TrackPoint(NOW.minus(Duration.ofHours(13)), GeoPoint.of(30.2760, 120.1410)),
                NOW),
        "grid.patrol.start-old",
        12);
  }

  @Test
  void aPatrolEndsOnceAndAStaleOneClosesAtItsLastPoint() {
    Patrol patrol = Patrol.start(7, "gridworker", at(0, 30.2760, 120.1400));
    List<TrackPoint> batch = List.of(at(10, 30.2760, 120.1450));
    patrol.tracked(batch, PatrolRule.distanceAlong(patrol.lastPlace(), batch));

    assertThat(patrol.distanceMetres()).isBetween(479.0, 482.0);
    assertThat(patrol.lastPlace()).isEqualTo(GeoPoint.of(30.2760, 120.1450));
    assertThatThrownBy(() -> patrol.end(at(5, 30.2760, 120.1450).at(), null, 0))
        .extracting(e -> ((DomainException) e).messageKey())
        .isEqualTo("grid.patrol.end-early");
    patrol.closeAutomatically();
    assertThat(patrol.endedAt()).isEqualTo(at(10, 0.1, 0.1).at());
    assertThat(patrol.autoClosed()).isTrue();
    assertThatThrownBy(() -> patrol.end(NOW, "late", 1))
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
  }

  private static void assertRefused(Runnable check, String key, Object firstArgument) {
    assertThatThrownBy(check::run)
        .isInstanceOf(DomainException.class)
        .satisfies(
            e -> {
              DomainException refusal = (DomainException) e;
              assertThat(refusal.messageKey()).isEqualTo(key);
              assertThat(refusal.arguments()[0]).isEqualTo(firstArgument);
            });
  }
}
