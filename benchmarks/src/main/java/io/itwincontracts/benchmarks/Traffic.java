package io.itwincontracts.benchmarks;

/** What the connections of a load run send: the n-th request of each, and the status it should get. */
interface Traffic {
  /** The bytes of connection {@code connection}'s n-th request. */
  byte[] request(int connection, long n);

  /** Whether {@code status} is what the n-th request should get. */
  boolean expected(long n, int status);

  /** The same request over and over, expecting one status. */
  static Traffic repeat(byte[] request, int status) {
    return new Traffic() {
      @Override
      public byte[] request(int connection, long n) {
        return request;
      }

      @Override
      public boolean expected(long n, int expected) {
        return expected == status;
      }
    };
  }
}
