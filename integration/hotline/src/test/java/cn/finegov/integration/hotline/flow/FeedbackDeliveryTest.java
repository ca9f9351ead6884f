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

  @Test
  void onlyTheResultCodeOfAnAnswerIsLogged() {
    assertThat(
            FeedbackDelivery.resultOf(
                "{\"result\":\"REJECTED\",\"reason\":\"nr 路灯已修复 13812341234 太长\"}"))
        .isEqualTo(" REJECTED");
    assertThat(FeedbackDelivery.resultOf("{\"result\": \"OUT_OF_ORDER\", \"expected\": 2}"))
        .isEqualTo(" OUT_OF_ORDER");
    assertThat(FeedbackDelivery.resultOf("<html>13812341234</html>")).isEmpty();
    assertThat(FeedbackDelivery.resultOf("{\"result\":\"13812341234\"}")).isEmpty();
    assertThat(FeedbackDelivery.resultOf(null)).isEmpty();
  }
}
