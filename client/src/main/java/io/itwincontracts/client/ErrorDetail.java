package io.itwincontracts.client;

/**
 * One of the more specific errors an iTwin Platform error body may list under {@code details}, for example one
 * per invalid property of a 422. Kept apart from the generated error model so that exceptions hold only strings.
 *
 * @param code    the server-defined error code
 * @param message the human-readable message
 * @param target  what the error is about (a property name, an id), or null
 */
public record ErrorDetail(String code, String message, String target) {}
