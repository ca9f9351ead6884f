package cn.finegov.integration.hotline.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a 409 answer of the hotline means for a feedback item (PROTOCOL.md). */
class FeedbackDeliveryTest {

  @Test
  void aLaterExpectedNumberMeansTheHotlineHadThisOne() {
    assertThat(FeedbackDelivery.alreadyHad("{\"result\":\"OUT_OF_ORDER\",\"expected\":4}", 3))
        .isTrue();
    assertThat(FeedbackDelivery.alreadyHad("{\"result\": \"OUT_OF_ORDER\", \"expected\" : 12}", 3))
        .isTrue();
  }

  @Test
  void thisOrAnEarlierExpectedNumberMeansItDidNot() {
    assertThat(FeedbackDelivery.alreadyHad("{\"result\":\"OUT_OF_ORDER\",\"expected\":3}", 3))
        .isFalse();
    assertThat(FeedbackDelivery.alreadyHad("{\"result\":\"OUT_OF_ORDER\",\"expected\":1}", 3))
        .isFalse();
  }

  @Test
  void anAnswerWithoutAnExpectedNumberMeansItDidNot() {
    assertThat(FeedbackDelivery.alreadyHad(null, 1)).isFalse();
    assertThat(FeedbackDelivery.alreadyHad("", 1)).isFalse();
    assertThat(FeedbackDelivery.alreadyHad("{\"result\":\"OUT_OF_ORDER\"}", 1)).isFalse();
    assertThat(FeedbackDelivery.alreadyHad("{\"expected\":\"two\"}", 1)).isFalse();
    assertThat(FeedbackDelivery.alreadyHad("<html>Conflict</html>", 1)).isFalse();
  }
}
