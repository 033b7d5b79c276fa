/** From proxy recordings to the sandbox's start data and to example files: reading, resolving, writing. */
package io.itwincontracts.conformance.internal.seed;
