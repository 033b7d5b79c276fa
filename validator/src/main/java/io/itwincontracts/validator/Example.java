package io.itwincontracts.validator;

/**
 * A JSON example of a spec, with the body it illustrates.
 *
 * @param target the request or response body it belongs to
 * @param name the example's name in the spec
 * @param json the example value, serialised as JSON
 */
public record Example(Target target, String name, String json) {}
