package io.itwincontracts.sandbox.internal.http;

import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.pipeline.Answer;
import io.itwincontracts.sandbox.internal.pipeline.Exchange;
import io.itwincontracts.sandbox.internal.pipeline.RequestPipeline;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.URIUtil;

/**
 * One API under its base path ({@code /edfs}, ...): hands each request to the {@link RequestPipeline} with its path
 * under the base path, and writes the answer whole, with its {@code Content-Length} (a HEAD request gets the
 * headers alone). The body is in memory already ({@code WholeRequestBody}).
 */
final class ApiHandler extends Handler.Abstract {
  private final Api api;
  private final RequestPipeline pipeline;

  ApiHandler(Api api, RequestPipeline pipeline) {
    this.api = api;
    this.pipeline = pipeline;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields headers = request.getHeaders();
    byte[] body = null;
    if (request.getLength() > 0 || headers.contains(HttpHeader.TRANSFER_ENCODING)) {
      try (InputStream in = Request.asInputStream(request)) {
        body = in.readAllBytes();
      }
    }
    String path = request.getHttpURI().getPath();
    Answer answer = pipeline.answer(new Exchange(api, request.getMethod(), path, pathInApi(request, path),
        headers::get, body));
    response.setStatus(answer.status());
    HttpFields.Mutable out = response.getHeaders();
    for (Map.Entry<String, String> header : answer.headers()) {
      out.add(header.getKey(), header.getValue());
    }
    if (answer.contentType() != null) {
      out.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    }
    out.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(answer.body()), callback);
    return true;
  }

  /**
   * The path under the base path as the client wrote it (escapes kept). Jetty matched the base path on the decoded
   * path, so a prefix written with escapes or parameters ({@code /%65dfs/...}, {@code /edfs;a=b/...}) is replaced by
   * the decoded path, encoded again.
   */
  private static String pathInApi(Request request, String path) {
    String contextPath = Request.getContextPath(request);
    boolean plainPrefix = path.equals(contextPath) || path.startsWith(contextPath + "/");
    String relative = plainPrefix ? path.substring(contextPath.length())
        : URIUtil.encodePath(Request.getPathInContext(request));
    return relative.isEmpty() ? "/" : relative;
  }
}
