package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.internal.http.Answer;
import io.itwincontracts.conformance.internal.http.Problem;

/**
 * What a stateful sequence needs of the run: a case sent and checked, its answer back to decide the next step, and a
 * failure recorded that only the sequence can see. {@link VerifyRun} is the one over HTTP.
 */
interface Runner {
  /** Sends the case, holds the answer to the contract and to the case's expectation, and returns the answer. */
  Answer execute(VerifyCase sent) throws InterruptedException;

  /** Records a failure of a case already sent. */
  void fail(VerifyCase sent, Problem problem);
}
