/** The sandbox's one JSON mapping, and the documented error bodies every stage answers with. */
package io.itwincontracts.sandbox.internal.json;
