package cn.finegov.integration.hotline.flow;

import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.runtime.api.ModuleRoutes;
import cn.finegov.integration.runtime.camel.DeadLetterChannel;
import cn.finegov.kernel.api.error.DomainException;
import jakarta.enterprise.context.Dependent;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling of the hotline's intake routes: an invalid message goes to the dead letters at
 * once with its original content and the reason (the hotline is answered "rejected"); anything else
 * (database or broker unavailable) is retried twice with a short wait, then kept as a dead letter
 * too — the push is then answered 503 so that the hotline sends it again.
 */
@Dependent
public class HotlineErrorHandling extends RouteConfigurationBuilder implements ModuleRoutes {

  public static final String ID = "hotline-errors";

  @Override
  public String moduleKey() {
    return HotlineModule.KEY;
  }

  @Override
  public void configuration() {
    routeConfiguration(ID)
        .errorHandler(
            deadLetterChannel(DeadLetterChannel.ENDPOINT)
                .useOriginalBody()
                .maximumRedeliveries(2)
                .redeliveryDelay(200)
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logExhausted(true))
        .onException(DomainException.class)
        .handled(true)
        .useOriginalBody()
        .maximumRedeliveries(0)
        .logExhausted(false)
        .to(DeadLetterChannel.ENDPOINT);
  }
}
