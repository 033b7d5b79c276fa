package io.itwincontracts.sandbox.internal.http;

import java.util.regex.Pattern;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses an ambiguous or suspicious URI ({@code %2F}, {@code %2e%2e}, control characters, bad UTF-8) with 400, by
 * Jetty's own DEFAULT rules, once {@link WholeRequestBody} has read the body. The connector lets every URI through
 * ({@link UriCompliance#UNSAFE}) because Jetty's check, run before any handler, cannot read the body first: it
 * closes the connection under a client still sending one, which then never sees the 400. A query with a percent sign
 * that starts no escape is refused too (Jetty leaves queries to the application).
 */
final class StrictUri extends Handler.Wrapper {
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  StrictUri(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String violation = UriCompliance.checkUriCompliance(UriCompliance.DEFAULT, request.getHttpURI(), null);
    String query = request.getHttpURI().getQuery();
    if (violation == null && query != null && BAD_ESCAPE.matcher(query).find()) {
      violation = "Bad percent escape in the query";
    }
    if (violation != null) {
      Response.writeError(request, response, callback, 400, null, new BadMessageException(violation));
      return true;
    }
    return super.handle(request, response, callback);
  }
}
