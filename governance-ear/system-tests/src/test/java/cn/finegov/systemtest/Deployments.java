package cn.finegov.systemtest;

import cn.finegov.systemtest.hotline.HotlineSimulators;
import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment every system test uses: the EAR as the build made it. */
public final class Deployments {

  public static final String WEB_MODULE = "governance-web.war";

  /**
   * The name of the deployment of the unchanged EAR, which {@link SharedDeployment} keeps deployed
   * across test classes.
   */
  public static final String SHARED = "shared-ear";

  private Deployments() {}

  /** The real governance.ear, unchanged. */
  public static EnterpriseArchive ear() {
    HotlineSimulators.ensureExchangeTable();
    File file = new File(System.getProperty("governance.ear", "target/governance.ear"));
    if (!file.isFile()) {
      throw new IllegalStateException(
          "No EAR at "
              + file.getAbsolutePath()
              + ": run the tests through Maven (config/scripts/test-all.sh)");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
  }

  /** The web module of the EAR, for in-container tests that add their classes to it. */
  public static WebArchive webModule(EnterpriseArchive ear) {
    return ear.getAsType(WebArchive.class, WEB_MODULE);
  }

  /**
   * The web module of the EAR prepared for in-container tests: the Arquillian test servlet is left
   * out of the suite's "every screen needs a signed-in user" constraint (a more specific pattern
   * wins).
   */
  public static WebArchive webModuleForInContainerTests(EnterpriseArchive ear) {
    return webModule(ear)
        .setWebXML(
            new StringAsset(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0" metadata-complete="false">
                  <security-constraint>
                    <web-resource-collection>
                      <web-resource-name>arquillian</web-resource-name>
                      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                      <url-pattern>/ArquillianServletRunner</url-pattern>
                    </web-resource-collection>
                  </security-constraint>
                </web-app>
                """));
  }

  /** The EAR with its web module replaced. */
  public static EnterpriseArchive withWebModule(EnterpriseArchive ear, WebArchive web) {
    ear.delete(WEB_MODULE);
    return ear.addAsModule(web);
  }

  /**
   * A jar on the test class path, by one of its classes (to add test libraries to an in-container
   * test).
   */
  public static File jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
