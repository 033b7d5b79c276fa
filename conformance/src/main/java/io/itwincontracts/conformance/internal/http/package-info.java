/**
 * What verify and the proxy share on the wire: a well-formed {@code Request}, the {@code Answer}, the checks every
 * answer must pass ({@code ResponseChecks}, reporting {@code Problem}s), which operation a request names, and the
 * one file format of a request to replay. Imports no other package of the module but the API's {@code Check}.
 */
package io.itwincontracts.conformance.internal.http;
