/**
 * The sandbox's routes, read once from the annotations of the generated JAX-RS interfaces (the specs' paths,
 * methods and media types, as the generator wrote them), and the matching of a request against them.
 */
package io.itwincontracts.sandbox.internal.route;
