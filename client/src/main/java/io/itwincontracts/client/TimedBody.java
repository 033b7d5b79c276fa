package io.itwincontracts.client;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A response body that must arrive whole within the read timeout, counted from the response head: the JDK
 * client's own timeout ends with the head, so a server that stalls mid-body would otherwise hang the caller. When
 * the time is up the exchange is cancelled (its connection closed) and the call fails with
 * {@link HttpTimeoutException}. The timer is the JDK's shared delay scheduler, cancelled when the body is complete:
 * no thread of ours, no hand-off on the way of a body that arrives in time.
 */
final class TimedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final HttpResponse.BodySubscriber<byte[]> bytes;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  TimedBody(HttpResponse.BodySubscriber<byte[]> bytes, long timeoutMillis) {
    this.bytes = bytes;
    bytes.getBody().toCompletableFuture().orTimeout(timeoutMillis, TimeUnit.MILLISECONDS).whenComplete((read, failure) -> {
      if (failure == null) {
        body.complete(read);
      } else if (failure instanceof TimeoutException) {
        Flow.Subscription stalled = subscription;
        if (stalled != null) {
          stalled.cancel();
        }
        body.completeExceptionally(new HttpTimeoutException("response body not received within the read timeout ("
            + timeoutMillis + " ms)"));
      } else {
        body.completeExceptionally(failure);
      }
    });
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    bytes.onSubscribe(subscription);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    bytes.onNext(item);
  }

  @Override
  public void onError(Throwable throwable) {
    bytes.onError(throwable);
  }

  @Override
  public void onComplete() {
    bytes.onComplete();
  }
}
