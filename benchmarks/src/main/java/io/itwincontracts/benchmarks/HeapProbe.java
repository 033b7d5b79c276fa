package io.itwincontracts.benchmarks;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Live heap of validating a large listSystems response against live heap of the Jackson tree of the same bytes,
 * in a JVM of its own ({@code -XX:+UseSerialGC}, started by {@link HeapMeasurement}) so that nothing else
 * allocates. Both figures are "used heap right after a full GC" minus the same floor (payload bytes and validator
 * schemas already loaded): the tree's is taken once it is built; the validation's is the highest of the samples a
 * second thread takes with back-to-back full GCs while the validation runs, i.e. its peak live set.
 *
 * <p>Prints one line: {@code payloadBytes readTreeBytes validationPeakBytes samples}.
 */
public final class HeapProbe {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapProbe() {}

  public static void main(String[] args) throws InterruptedException, java.io.IOException {
    long size = Long.parseLong(args[0]);
    byte[] payload = ListSystemsPayload.ofSize(size);
    ContractValidator validator = ContractValidator.bundled();
    Target target = Target.response("listSystems", "200");
    validator.validate(target, new ByteArrayInputStream(ListSystemsPayload.withItems(2)));
    JsonMapper json = JsonMapper.builder().build();
    json.readTree(new ByteArrayInputStream(ListSystemsPayload.withItems(2)));

    long floor = liveHeap();
    JsonNode tree = json.readTree(new ByteArrayInputStream(payload));
    long treeBytes = liveHeap() - floor;
    if (tree.get("systems").size() == 0) {
      throw new IllegalStateException("the payload has no systems");
    }
    tree = null;

    floor = liveHeap();
    AtomicReference<List<Violation>> result = new AtomicReference<>();
    Thread validation = new Thread(() -> result.set(validator.validate(target, new ByteArrayInputStream(payload))));
    validation.start();
    long peak = 0;
    int samples = 0;
    while (validation.isAlive()) {
      peak = Math.max(peak, liveHeap() - floor);
      samples++;
      // lets the validation run between two stop-the-world collections
      Thread.sleep(10);
    }
    validation.join();
    if (!result.get().isEmpty()) {
      throw new IllegalStateException("the payload is invalid: " + result.get().get(0));
    }
    System.out.println(payload.length + " " + treeBytes + " " + peak + " " + samples);
  }

  private static long liveHeap() {
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
