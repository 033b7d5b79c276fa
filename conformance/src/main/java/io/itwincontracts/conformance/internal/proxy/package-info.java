/**
 * The validating proxy behind {@code ContractProxy}: the handler that forwards and checks each exchange, the
 * recording, the summary table. Uses {@code internal.http} only: the proxy generates no request.
 */
package io.itwincontracts.conformance.internal.proxy;
