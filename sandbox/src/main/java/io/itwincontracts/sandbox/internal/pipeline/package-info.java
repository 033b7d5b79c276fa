/**
 * The steps of a request from its route to its answer (route matching, authentication, rate limit, permissions,
 * the contract checks, the call of the implementation, the response check), run in the order {@code RequestPipeline}
 * lists them, which also lists the whole way from socket to resource.
 */
package io.itwincontracts.sandbox.internal.pipeline;
