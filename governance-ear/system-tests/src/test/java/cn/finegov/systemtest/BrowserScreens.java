package cn.finegov.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests: the real EAR, every test starting signed out. Each test class
 * registers its own {@link Browser} (a static field with {@code @RegisterExtension}), which closes
 * after the class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserScreens {

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** The test class's browser. */
  protected abstract Browser browser();

  @BeforeEach
  void signedOut() {
    browser().driver().manage().deleteAllCookies();
  }
}
