package kiosque.popular;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * At most {@code perMinute} views counted from one address in a minute, in a fixed table of
 * slots: memory stays the same whatever a flood of addresses sends. Addresses are hashed to a
 * slot, so two addresses sharing a slot share a cap (they count less, never more). Each slot
 * holds the minute in its high bits and the count in its low 20 bits, updated by compare-and-set:
 * no lock on the beacon's path.
 */
final class AddressCap {

  private static final int COUNT_BITS = 20;
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

  private final AtomicLongArray slots;
  private final int perMinute;

  /** @param slots a power of two */
  AddressCap(int slots, int perMinute) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two: " + slots);
    }
    this.slots = new AtomicLongArray(slots);
    this.perMinute = Math.min(perMinute, (int) COUNT_MASK);
  }

  /** Whether one more view from this address counts in this minute (and takes it if so). */
  boolean allow(String address, long epochMinute) {
    int hash = address.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (slots.length() - 1);
    while (true) {
      long current = slots.get(slot);
      long count = (current >>> COUNT_BITS) == epochMinute ? current & COUNT_MASK : 0;
      if (count >= perMinute) {
        return false;
      }
      if (slots.compareAndSet(slot, current, (epochMinute << COUNT_BITS) | (count + 1))) {
        return true;
      }
    }
  }
}
