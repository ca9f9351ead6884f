package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.egov.EgovModule;
import cn.finegov.integration.runtime.api.ModuleRoutes;
import cn.finegov.integration.runtime.camel.DeadLetterChannel;
import cn.finegov.kernel.api.error.DomainException;
import jakarta.enterprise.context.Dependent;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling of every e-government route: a file that cannot be read (or any other refusal)
 * goes to the dead letters at once with its original content; anything else (broker or database
 * unavailable) is retried three times with growing delays first.
 */
@Dependent
public class EgovErrorHandling extends RouteConfigurationBuilder implements ModuleRoutes {

  public static final String ID = "egov-errors";

  @Override
  public String moduleKey() {
    return EgovModule.KEY;
  }

  @Override
  public void configuration() {
    routeConfiguration(ID)
        .errorHandler(
            deadLetterChannel(DeadLetterChannel.ENDPOINT)
                .useOriginalBody()
                .maximumRedeliveries(3)
                .redeliveryDelay(1000)
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logExhausted(true))
        .onException(DomainException.class)
        .handled(true)
        .useOriginalBody()
        .maximumRedeliveries(0)
        .logExhausted(true)
        .to(DeadLetterChannel.ENDPOINT);
  }
}
