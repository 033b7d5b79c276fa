package io.itwincontracts.sandbox.internal.pipeline;

import jakarta.ws.rs.WebApplicationException;

/** One step of the {@link RequestPipeline}: it lets the request go on, or answers it by throwing the answer. */
interface Step {
  /**
   * Checks the request, or records what it found on it.
   *
   * @throws WebApplicationException carrying the answer, when this step answers the request
   */
  void apply(Exchange exchange);
}
