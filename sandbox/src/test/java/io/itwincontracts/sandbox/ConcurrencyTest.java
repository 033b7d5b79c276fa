package io.itwincontracts.sandbox;

import static io.itwincontracts.sandbox.SandboxHttp.GIS_REPOSITORY;
import static io.itwincontracts.sandbox.SandboxHttp.ITWIN;
import static io.itwincontracts.sandbox.SandboxHttp.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 16 threads create with colliding keys at once: exactly one success per key, every other attempt 409. */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int KEYS = 10;

  @RegisterExtension
  static final CheckedSandbox SANDBOX = new CheckedSandbox();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void collidingSystemIdsGiveExactlyOne201PerIdAndNothingLost() throws Exception {
    String template = file("requests/create-system.json");
    Map<String, List<Integer>> statuses = race(key -> SANDBOX.http()
        .send("POST", "/edfs/itwins/" + ITWIN + "/systems", template.replace("dev_sql_server", "race_" + key))
        .statusCode());

    assertThat(statuses).hasSize(KEYS).allSatisfy((key, codes) -> {
      assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
      assertThat(codes).filteredOn(c -> c == 409).hasSize(THREADS - 1);
    });
    String listed = SANDBOX.http().get("/edfs/itwins/" + ITWIN + "/systems").body();
    assertThat(JSON.readTree(listed).get("systems").findValuesAsText("systemId"))
        .filteredOn(id -> id.startsWith("race_")).hasSize(KEYS).doesNotHaveDuplicates();
  }

  @Test
  void collidingResourceIdsGiveExactlyOne201PerIdWhileReadsAndUpdatesRun() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    Map<String, List<Integer>> statuses = race(key -> {
      SandboxHttp http = SANDBOX.http();
      if (reads.incrementAndGet() % 4 == 0) {
        http.send("PUT", "/synchronization/imodels/manifestconnections/" + SandboxHttp.CONNECTION, "{\"displayName\": \"n\"}");
        http.get("/edfs/itwins/" + ITWIN + "/systems");
      }
      return http.send("POST", "/itwins/" + ITWIN + "/repositories/" + GIS_REPOSITORY + "/resources",
          "{\"id\": \"layer_" + key + "\", \"displayName\": \"Layer " + key + "\"}").statusCode();
    });

    assertThat(statuses).hasSize(KEYS).allSatisfy((key, codes) -> {
      assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
      assertThat(codes).filteredOn(c -> c == 409).hasSize(THREADS - 1);
    });
  }

  /** Every thread attempts every key, all starting together; the status codes per key. */
  private static Map<String, List<Integer>> race(java.util.function.Function<Integer, Integer> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    Map<String, List<Integer>> statuses = new ConcurrentHashMap<>();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        futures.add(pool.submit(() -> {
          start.await();
          for (int key = 0; key < KEYS; key++) {
            int status = attempt.apply(key);
            statuses.computeIfAbsent("key" + key, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(status);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return statuses;
  }
}
