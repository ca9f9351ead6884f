package cn.finegov.integration.hotline.flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The hotline's middle database (中间库): a database of the hotline's, reached with the URL and
 * account in {@code hotline.exchange.url}, {@code .username}, {@code .password}. Only the exchange
 * table is read and its status column written.
 */
@ApplicationScoped
public class ExchangeDatabase {

  @Inject private Config config;

  public DataSource dataSource() {
    DriverManagerDataSource source =
        new DriverManagerDataSource(
            config.getValue("hotline.exchange.url", String.class),
            config.getOptionalValue("hotline.exchange.username", String.class).orElse(""),
            config.getOptionalValue("hotline.exchange.password", String.class).orElse(""));
    return source;
  }
}
