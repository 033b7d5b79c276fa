package io.itwincontracts.sandbox.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What {@link ResponseCheck} saw: how many responses it checked, and each one that broke the spec. */
public final class ResponseLedger {
  private final AtomicInteger checked = new AtomicInteger();
  private final List<String> problems = new CopyOnWriteArrayList<>();

  void record(String response, List<String> violations) {
    checked.incrementAndGet();
    if (!violations.isEmpty()) {
      problems.add(response + ": " + String.join("; ", violations));
    }
  }

  /** How many responses were checked. */
  public int checked() {
    return checked.get();
  }

  /** Each response that broke the spec, as {@code METHOD path -> status: violations}. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
