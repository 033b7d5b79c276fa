package io.itwincontracts.sandbox.internal.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.glassfish.jersey.jetty.JettyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * An API's Jersey container, built when the first request for that API arrives rather than when the sandbox
 * starts: building one (Jersey's and HK2's model of the application, most of it class loading) was most of a start,
 * and a test that calls one API no longer waits for three. Requests that arrive while it is being built wait for it.
 */
final class LazyJersey extends Handler.Abstract {
  private final ResourceConfig application;
  private volatile Handler container;

  LazyJersey(ResourceConfig application) {
    this.application = application;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    return container().handle(request, response, callback);
  }

  private Handler container() throws Exception {
    Handler built = container;
    if (built == null) {
      synchronized (this) {
        built = container;
        if (built == null) {
          built = ContainerFactory.createContainer(JettyHttpContainer.class, application);
          built.setServer(getServer());
          built.start();
          container = built;
        }
      }
    }
    return built;
  }

  @Override
  protected void doStop() throws Exception {
    Handler built = container;
    if (built != null) {
      built.stop();
    }
    super.doStop();
  }
}
