package cn.finegov.kernel.interfaces.http;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Takes ended sessions out of the {@link SessionRegistry}. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

  @Inject private SessionRegistry registry;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    registry.forget(event.getSession());
  }
}
