package kiosque.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * How the readers' index merges the segments its refreshes add. A full rebuild leaves one large
 * segment; afterwards each publication or edit the follower applies alone is flushed as a segment
 * of one document. Lucene's {@link TieredMergePolicy} counts every segment under its floor (16 MB,
 * some 4,000 articles) as one tier and lets eight or more of them pile up beside the large one
 * before it merges them; but a search and a related list look each of their terms up in every
 * segment and build a scorer for each, however few documents it holds (docs/benchmarks.md,
 * session 11). So as soon as more than {@link #MAX_SMALL} segments are small beside the largest,
 * they are merged into one. Merging them is cheap while they are small: "small" is a share of the
 * largest segment, so the rewritten documents stay a hundredth of the index at most; larger
 * segments, and the deletions in the large one, are left to the tiered policy as before.
 */
final class SegmentMerges extends FilterMergePolicy {

  /** How many small segments may stand beside the largest before they are merged together. */
  static final int MAX_SMALL = 3;

  /** A segment is small when it holds fewer documents than this share of the largest. */
  static final double SMALL_SHARE = 0.01;

  SegmentMerges() {
    super(new TieredMergePolicy());
  }

  @Override
  public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
      throws IOException {
    int largest = 0;
    for (SegmentCommitInfo info : infos) {
      largest = Math.max(largest, info.info.maxDoc());
    }
    // Segments already being merged are left out: a segment may be in one merge at a time.
    Set<SegmentCommitInfo> merging = context.getMergingSegments();
    List<SegmentCommitInfo> free = new ArrayList<>();
    for (SegmentCommitInfo info : infos) {
      if (!merging.contains(info)) {
        free.add(info);
      }
    }
    int[] docs = free.stream().mapToInt(info -> info.info.maxDoc()).toArray();
    List<Integer> small = smallToMerge(largest, docs);
    if (small.isEmpty()) {
      return super.findMerges(trigger, infos, context);
    }
    MergeSpecification spec = new MergeSpecification();
    spec.add(new OneMerge(small.stream().map(free::get).toList()));
    return spec;
  }

  /**
   * The rule: which of the segments holding {@code docs} documents to merge together, given the
   * largest segment's count; none until more than {@link #MAX_SMALL} of them are small.
   */
  static List<Integer> smallToMerge(int largest, int[] docs) {
    List<Integer> small = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      if (docs[i] < largest * SMALL_SHARE) {
        small.add(i);
      }
    }
    return small.size() > MAX_SMALL ? small : List.of();
  }
}
