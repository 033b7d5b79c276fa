package io.itwincontracts.sandbox.internal.http;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.URIUtil;

/**
 * Hands Jersey a request whose path is relative to its context ({@code /edfs}, ...). Jersey's Jetty container
 * (4.0.2) appends the full request path to a base URI that already ends with the context path, so under
 * {@code /edfs} it would look for {@code /edfs/edfs/...} (eclipse-ee4j/jersey#3338, open).
 */
final class ContextRelativePath extends Handler.Wrapper {
  ContextRelativePath(Handler jersey) {
    super(jersey);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpURI uri = request.getHttpURI();
    String contextPath = Request.getContextPath(request);
    String path = uri.getPath();
    // The raw path keeps the client's escapes. Jetty matched the context on the decoded path, so a prefix written
    // with escapes or parameters (/%65dfs/..., /edfs;a=b/...) is replaced by the decoded path, encoded again.
    boolean plainPrefix = path.equals(contextPath) || path.startsWith(contextPath + "/");
    String relative = plainPrefix ? path.substring(contextPath.length())
        : URIUtil.encodePath(Request.getPathInContext(request));
    HttpURI inContext = HttpURI.build(uri).path(relative.isEmpty() ? "/" : relative).asImmutable();
    return super.handle(new Request.Wrapper(request) {
      @Override
      public HttpURI getHttpURI() {
        return inContext;
      }
    }, response, callback);
  }
}
