package cn.finegov.integration.hotline.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Bound as {@code governanceDeadLetters} in place of the runtime's DeadLetterChannel (which needs
 * CDI, JPA and a transaction): records what the error handling hands it.
 */
final class RecordingDeadLetters implements Processor {

  /** One dead letter as it arrived. */
  record Letter(String body, Map<String, Object> headers, Throwable failure, String routeId) {

    Object header(String name) {
      return headers.get(name);
    }
  }

  final List<Letter> received = new CopyOnWriteArrayList<>();

  @Override
  public void process(Exchange exchange) {
    received.add(
        new Letter(
            exchange.getIn().getBody(String.class),
            new HashMap<>(exchange.getIn().getHeaders()),
            exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class),
            exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class)));
  }
}
