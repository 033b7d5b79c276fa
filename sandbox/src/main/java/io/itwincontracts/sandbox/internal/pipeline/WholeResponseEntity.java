package io.itwincontracts.sandbox.internal.pipeline;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes each response body whole, with its {@code Content-Length}, as the sandbox did on the JDK server. Jersey's
 * Jetty container streams bodies unbuffered: without this, every response went out chunked.
 */
final class WholeResponseEntity implements WriterInterceptor {
  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    OutputStream socket = context.getOutputStream();
    ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
    context.setOutputStream(body);
    context.proceed();
    context.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.size());
    body.writeTo(socket);
    context.setOutputStream(socket);
  }
}
