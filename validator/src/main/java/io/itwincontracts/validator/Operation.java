package io.itwincontracts.validator;

import java.util.List;

/**
 * An operation of a spec, as the validator can address it.
 *
 * @param spec the spec file it is declared in ({@code edfs.yaml})
 * @param operationId the spec's operationId ({@code createSystem})
 * @param method the HTTP method, upper case
 * @param path the path template, relative to the spec's server URL
 * @param hasRequestBody whether it declares a JSON request body
 * @param statuses the documented response statuses with a JSON body, in spec order
 */
public record Operation(String spec, String operationId, String method, String path, boolean hasRequestBody,
    List<String> statuses) {}
