/**
 * The JAX-RS steps of a request (filters, body reader and writer, response check, exception mappers), registered
 * in the order they run by {@code RequestPipeline}, which also lists the whole way from socket to resource.
 */
package io.itwincontracts.sandbox.internal.pipeline;
