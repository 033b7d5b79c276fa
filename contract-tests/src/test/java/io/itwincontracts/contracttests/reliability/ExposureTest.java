package io.itwincontracts.contracttests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.itwincontracts.sandbox.Sandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sandbox started with its defaults answers on loopback only: a connection to any other address of this machine
 * is refused. Only this machine's own addresses are tried, never another host.
 */
class ExposureTest {
  @Test
  void sandboxWithDefaultsIsNotReachableOnAnyNonLoopbackAddressOfThisMachine() throws Exception {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp()) {
        Collections.list(nic.getInetAddresses()).stream().filter(a -> !a.isLoopbackAddress()).forEach(addresses::add);
      }
    }
    assumeFalse(addresses.isEmpty(), "this machine has no non-loopback address to try");

    try (Sandbox sandbox = Sandbox.builder().start()) {
      assertThat(connects(InetAddress.getLoopbackAddress(), sandbox.port())).as("reachable on loopback").isTrue();
      List<InetAddress> reachable = addresses.stream().filter(a -> connects(a, sandbox.port())).toList();

      System.out.printf("exposure: sandbox on port %d tried on %d non-loopback address(es) %s: reachable on %d%n",
          sandbox.port(), addresses.size(), addresses, reachable.size());
      assertThat(reachable).as("non-loopback addresses the sandbox answers on").isEmpty();
    }
  }

  private static boolean connects(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 500);
      return true;
    } catch (IOException refusedOrUnreachable) {
      return false;
    }
  }
}
