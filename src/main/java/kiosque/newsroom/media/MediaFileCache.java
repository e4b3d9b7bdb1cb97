package kiosque.newsroom.media;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * This node's copy of recently served media files, bounded in bytes (least recently used go
 * first). Files never change under their address, so nothing is ever invalidated: a miss reads the
 * database once.
 */
final class MediaFileCache {

  private final long capacity;
  private final LinkedHashMap<String, MediaFile> files = new LinkedHashMap<>(64, 0.75f, true);
  private long weight;
  private long hits;
  private long misses;

  MediaFileCache(long capacityBytes) {
    this.capacity = capacityBytes;
  }

  synchronized Optional<MediaFile> get(long mediaId, String name) {
    MediaFile file = files.get(key(mediaId, name));
    if (file == null) {
      misses++;
      return Optional.empty();
    }
    hits++;
    return Optional.of(file);
  }

  /** Keeps a file unless it would take more than a quarter of the space. */
  synchronized void put(MediaFile file) {
    long size = file.bytes().length;
    if (size > capacity / 4) {
      return;
    }
    MediaFile previous = files.put(key(file.mediaId(), file.name()), file);
    weight += size - (previous == null ? 0 : previous.bytes().length);
    var eldest = files.entrySet().iterator();
    while (weight > capacity && eldest.hasNext()) {
      weight -= eldest.next().getValue().bytes().length;
      eldest.remove();
    }
  }

  /** Forgets every file of a deleted image. */
  synchronized void evict(long mediaId) {
    var entries = files.entrySet().iterator();
    while (entries.hasNext()) {
      var entry = entries.next();
      if (entry.getValue().mediaId() == mediaId) {
        weight -= entry.getValue().bytes().length;
        entries.remove();
      }
    }
  }

  synchronized Stats stats() {
    return new Stats(files.size(), weight, hits, misses);
  }

  /** Counters for metrics and tests. */
  record Stats(int files, long bytes, long hits, long misses) {}

  private static String key(long mediaId, String name) {
    return mediaId + "/" + name;
  }
}
