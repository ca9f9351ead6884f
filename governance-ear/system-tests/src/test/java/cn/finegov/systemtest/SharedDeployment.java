package cn.finegov.systemtest;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps the unchanged EAR deployed from one test class to the next: a deployment named {@link
 * Deployments#SHARED} is deployed once and stays until a class needs another archive (an EAR
 * without a module, a web module with in-container tests) or the server stops. Deploying and
 * removing the EAR takes about 20 s, so each class that shares it saves that much.
 *
 * <p>The classes share the server's memory as they already share the database: a test that changes
 * a module switch or a setting puts it back, as before.
 */
public final class SharedDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** The observer that skips the deployment and the removal of the shared EAR. */
  public static final class Keeper {

    /** The shared EAR while it is deployed, and the container it is deployed on. */
    private static Archive<?> deployed;

    private static DeployableContainer<?> container;

    public void deploy(@Observes EventContext<DeployDeployment> context) throws Exception {
      Deployment deployment = context.getEvent().getDeployment();
      boolean shared = shared(deployment);
      if (shared && deployed != null) {
        deployment.deployed();
        return;
      }
      removeShared();
      context.proceed();
      if (shared) {
        deployed = deployment.getDescription().getArchive();
        container = context.getEvent().getDeployableContainer();
      }
    }

    public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
      Deployment deployment = context.getEvent().getDeployment();
      if (shared(deployment) && deployed != null) {
        deployment.undeployed();
        return;
      }
      context.proceed();
    }

    /** Before the server stops, so that its domain does not start with the EAR next time. */
    public void stop(@Observes BeforeStop event) throws Exception {
      removeShared();
    }

    private static boolean shared(Deployment deployment) {
      return Deployments.SHARED.equals(deployment.getDescription().getName());
    }

    private static void removeShared() throws Exception {
      if (deployed != null) {
        Archive<?> archive = deployed;
        deployed = null;
        container.undeploy(archive);
      }
    }
  }
}
