package io.itwincontracts.contracttests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Logger;
import io.itwincontracts.client.ConflictException;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.OSystemInfoDto;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * 16 threads create systems and repository resources with colliding keys through the client, mixed with lists and
 * updates: exactly one 201 per key, every other attempt a 409, every created system listed once, every created
 * resource still there (a second create is refused), nothing lost or duplicated.
 */
class ConcurrencyFiguresTest {
  private static final SecretLedger LEDGER = SecretLedger.capturing();
  private static final String ITWIN = DefaultData.ITWIN;
  private static final String REPOSITORY = DefaultData.GIS_REPOSITORY;
  private static final String CONNECTION = DefaultData.CONNECTION;
  private static final String TOKEN = "race-bearer-5e1f-77aa";
  private static final String PASSWORD = "race-password-9b2c-d41f";
  private static final int THREADS = 16;
  private static final int KEYS = 64;

  private final AtomicInteger creates = new AtomicInteger();
  private final AtomicInteger lists = new AtomicInteger();
  private final AtomicInteger updates = new AtomicInteger();

  @Test
  void collidingCreatesGiveOneSuccessPerKeyAndLoseNothing() throws Exception {
    LEDGER.secret(TOKEN, PASSWORD);
    long start = System.nanoTime();
    try (Sandbox sandbox = Sandbox.builder().port(0).checkResponses(true).start()) {
      ITwinPlatform platform = ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> TOKEN)
          .maxAttempts(1).logLevel(Logger.Level.FULL).readTimeout(Duration.ofSeconds(20)).build();
      Map<String, List<String>> outcomes = race(platform, key -> key % 2 == 0
          ? attempt(() -> platform.edfs().createSystem(ITWIN, new SaveUserSystemCredentialDto().name("Race " + key)
              .systemId("race_" + key).systemType("EDF.Sql").credentials(Map.of("Password", PASSWORD))))
          : attempt(() -> platform.iTwins().createRepositoryResource(ITWIN, REPOSITORY,
              new ITwinRepositoryResourceCreate().id("layer_" + key).displayName("Layer " + key))));

      List<String> listed = platform.edfs().listSystems(ITWIN).getSystems().stream()
          .map(OSystemInfoDto::getSystemId).filter(id -> id.startsWith("race_")).toList();
      // The API lists no repository resources: a repeat create answering 409 shows that each one was kept.
      for (int key = 1; key < KEYS; key += 2) {
        int k = key;
        assertThatThrownBy(() -> platform.iTwins().createRepositoryResource(ITWIN, REPOSITORY,
            new ITwinRepositoryResourceCreate().id("layer_" + k).displayName("Layer " + k)))
            .isInstanceOf(ConflictException.class);
      }
      long lost = KEYS / 2 - listed.stream().distinct().count();
      System.out.printf("concurrency: %d threads x %d operations (%d creates on %d colliding keys, %d lists, %d updates) "
              + "in %d ms; records lost: %d, duplicated: %d%n", THREADS, (creates.get() + lists.get() + updates.get()) / THREADS,
          creates.get(), KEYS, lists.get(), updates.get(), Duration.ofNanos(System.nanoTime() - start).toMillis(),
          lost, listed.size() - listed.stream().distinct().count());

      assertThat(outcomes).hasSize(KEYS).allSatisfy((key, results) -> assertThat(results)
          .as(key).filteredOn("201"::equals).hasSize(1));
      assertThat(outcomes).allSatisfy((key, results) -> assertThat(results)
          .as(key).filteredOn("409"::equals).hasSize(THREADS - 1));
      assertThat(listed).as("created systems listed once each").hasSize(KEYS / 2).doesNotHaveDuplicates();
      assertThat(lost).as("records lost").isZero();
      assertThat(sandbox.responseProblems()).as("answers that broke the spec").isEmpty();
    }
  }

  /** Every thread attempts every key in its own order, all starting together, lists and updates in between. */
  private Map<String, List<String>> race(ITwinPlatform platform, Function<Integer, String> create) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    Map<String, List<String>> outcomes = new ConcurrentHashMap<>();
    try {
      List<Future<?>> threads = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        List<Integer> keys = new ArrayList<>();
        for (int key = 0; key < KEYS; key++) {
          keys.add(key);
        }
        Collections.shuffle(keys, new Random(thread));
        threads.add(pool.submit(() -> {
          go.await();
          for (int key : keys) {
            outcomes.computeIfAbsent("key " + key, k -> Collections.synchronizedList(new ArrayList<>())).add(create.apply(key));
            creates.incrementAndGet();
            if (key % 4 == 0) {
              platform.edfs().listSystems(ITWIN);
              lists.incrementAndGet();
              platform.synchronization().updateManifestConnection(CONNECTION,
                  new ManifestConnectionUpdate().displayName("Race " + key));
              updates.incrementAndGet();
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> thread : threads) {
        thread.get(90, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return outcomes;
  }

  /** "201" for a success, "409" for a conflict, the exception otherwise (it fails the test). */
  private static String attempt(Runnable create) {
    try {
      create.run();
      return "201";
    } catch (ConflictException conflict) {
      LEDGER.record(conflict);
      LEDGER.record(conflict.toString());
      return "409";
    } catch (RuntimeException other) {
      LEDGER.record(other);
      return other.toString();
    }
  }
}
