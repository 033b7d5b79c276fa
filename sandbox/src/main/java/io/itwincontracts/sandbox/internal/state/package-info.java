/** What a sandbox holds: the seed data, the look-ups in it, and the stores the operations write to. */
package io.itwincontracts.sandbox.internal.state;
