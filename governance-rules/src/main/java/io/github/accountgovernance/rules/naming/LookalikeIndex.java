package io.github.accountgovernance.rules.naming;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * An index of a force's official handles (active accounts and closed ones it retains) that finds handles
 * confusable with them (NAM-4): the same Unicode TR39 confusable skeleton (computed by ICU4J's
 * {@code SpoofChecker}), or within {@code maxEdits} edits of an official handle.
 *
 * <p>Handles are compared only with official handles on the same platform and under that platform's
 * equivalence (case-insensitive everywhere; Facebook also ignores dots). Edits are counted by optimal string
 * alignment distance (Levenshtein plus swaps of two adjacent characters, each character edited once) over code
 * points of the equivalence keys. A handle equal to an official handle is the same name, not a lookalike of
 * it (NAM-3 is about duplicates).
 *
 * <p>The index does not compare all pairs. For each official handle it stores every string obtained by
 * deleting up to {@code maxEdits} characters from its key and from its folded skeleton; a candidate's own
 * deletion variants are looked up there, and only the few official handles found are compared exactly. One
 * lookup costs about length<sup>maxEdits</sup> hash probes, whatever the number of official handles; memory
 * grows with handles × length<sup>maxEdits</sup>. Observed handles are untrusted and may be long, so a lookup
 * never generates more variants than it must: a candidate whose key (or skeleton) is longer than the longest
 * official one by more than {@code maxEdits} cannot be within reach and is not expanded, and when expanding
 * would cost more than comparing with every official handle of the platform, the lookup compares instead.
 *
 * <pre>{@code
 * LookalikeIndex index = LookalikeIndex.of(List.of(
 *     Handle.of(Platform.X, "NYorksPolice"), Handle.of(Platform.X, "NYP_York")));
 * index.findLookalikes(Handle.of(Platform.X, "NYorksPol1ce"));
 * // [@NYorksPol1ce looks like @NYorksPolice: 1 edit: 'i' → '1' at 9]
 * index.findLookalikes(Handle.of(Platform.X, "NYP_Y\u043Erk"));  // Cyrillic о
 * // [@NYP_Yоrk looks like @NYP_York: same confusable skeleton "nyp_york"]
 * }</pre>
 *
 * <p>Immutable and thread-safe: build it once per estate and query it from any thread.
 */
public final class LookalikeIndex {

  /** The default number of edits within which a handle counts as a lookalike: 1. */
  public static final int DEFAULT_MAX_EDITS = 1;

  /** The largest {@code maxEdits} accepted: beyond it the index grows too fast and most short handles match. */
  public static final int LARGEST_MAX_EDITS = 3;

  /**
   * The most deletion variants one index holds: {@value}, 8 bytes each in a table kept at most two thirds full,
   * so at most 384 MiB (a handle whose skeleton is its own key shares one set of variants, so most indexes hold
   * about half their count). An index of 10,000 official handles of 15 characters holds about 320,000 within 1 edit, 2.7
   * million within 2 and 11.5 million within 3; handles up to 100 characters long and {@code maxEdits} 3 can
   * ask for far more, and are refused rather than left to exhaust the heap.
   */
  public static final long VARIANT_BUDGET = 1L << 24;

  private static final Comparator<Handle> HANDLE_ORDER = Lookalike.HANDLE_ORDER;

  private static final int[] NONE = new int[0];

  private final int maxEdits;
  private final List<Handle> officialHandles;
  private final Map<Platform, Partition> partitions;

  private LookalikeIndex(int maxEdits, List<Handle> officialHandles, Map<Platform, Partition> partitions) {
    this.maxEdits = maxEdits;
    this.officialHandles = officialHandles;
    this.partitions = partitions;
  }

  /**
   * Returns an index of the official handles with the default {@value #DEFAULT_MAX_EDITS} edit.
   *
   * @param officialHandles the force's official handles, on any platforms; equal handles count once
   * @return the index
   * @throws NullPointerException if the collection or one of its handles is null
   */
  public static LookalikeIndex of(Collection<Handle> officialHandles) {
    return of(officialHandles, DEFAULT_MAX_EDITS);
  }

  /**
   * Returns an index of the official handles.
   *
   * @param officialHandles the force's official handles, on any platforms; of equal handles written
   *     differently, the first in handle order is kept
   * @param maxEdits how many edits still make a lookalike, 0 to {@value #LARGEST_MAX_EDITS} (0 keeps only
   *     skeleton matches)
   * @return the index
   * @throws NullPointerException if the collection or one of its handles is null
   * @throws IllegalArgumentException if {@code maxEdits} is out of range, or if the handles have more deletion
   *     variants within {@code maxEdits} than {@link #VARIANT_BUDGET}; the message names NAM-4's
   *     {@code maxEdits} and what a lower value would need
   */
  public static LookalikeIndex of(Collection<Handle> officialHandles, int maxEdits) {
    return of(officialHandles, maxEdits, VARIANT_BUDGET);
  }

  /** As {@link #of(Collection, int)}, within a budget of one's own: lets tests reach the budget's edge. */
  static LookalikeIndex of(Collection<Handle> officialHandles, int maxEdits, long budget) {
    requireNonNull(officialHandles, "officialHandles");
    if (maxEdits < 0 || maxEdits > LARGEST_MAX_EDITS) {
      throw new IllegalArgumentException(
          "maxEdits must be between 0 and " + LARGEST_MAX_EDITS + ", but was " + maxEdits);
    }
    List<Handle> sorted = new ArrayList<>(officialHandles.size());
    for (Handle handle : officialHandles) {
      sorted.add(requireNonNull(handle, "officialHandles contains null"));
    }
    sorted.sort(HANDLE_ORDER);
    Map<Handle, Handle> distinct = new LinkedHashMap<>();
    for (Handle handle : sorted) {
      distinct.putIfAbsent(handle, handle);
    }
    Map<Platform, List<Entry>> byPlatform = new TreeMap<>();
    for (Handle handle : distinct.values()) {
      List<Entry> entries = byPlatform.computeIfAbsent(handle.platform(), p -> new ArrayList<>());
      entries.add(new Entry(handle, entries.size()));
    }
    long variants = variants(byPlatform.values(), maxEdits);
    if (variants > budget) {
      StringBuilder lower = new StringBuilder();
      for (int fewer = maxEdits - 1; fewer >= 0; fewer--) {
        long needed = variants(byPlatform.values(), fewer);
        lower.append(lower.length() == 0 ? "" : ", ").append(fewer).append(" would need ").append(needed);
      }
      throw new IllegalArgumentException(
          "the lookalike index of " + distinct.size() + " official handles within maxEdits " + maxEdits
              + " would hold " + variants + " deletion variants, over its budget of " + budget
              + " (" + (budget * Long.BYTES >> 20) + " MiB); lower NAM-4's parameter maxEdits in the pack (" + lower + ")");
    }
    Map<Platform, Partition> partitions = new TreeMap<>();
    byPlatform.forEach((platform, entries) -> partitions.put(platform, new Partition(entries, maxEdits)));
    return new LookalikeIndex(
        maxEdits, List.copyOf(distinct.values()), Collections.unmodifiableMap(partitions));
  }

  /**
   * Returns how many edits still make a lookalike.
   *
   * @return the edit limit
   */
  public int maxEdits() {
    return maxEdits;
  }

  /**
   * Returns the official handles, distinct, in handle order.
   *
   * @return the indexed handles
   */
  public List<Handle> officialHandles() {
    return officialHandles;
  }

  /**
   * Finds the official handles the candidate is confusable with.
   *
   * @param candidate a handle that is not, or may not be, the force's
   * @return one lookalike per official handle it resembles, ordered by official handle; empty if none (and
   *     never one for an official handle equal to the candidate)
   * @throws NullPointerException if {@code candidate} is null
   */
  public List<Lookalike> findLookalikes(Handle candidate) {
    requireNonNull(candidate, "candidate");
    Partition partition = partitions.get(candidate.platform());
    if (partition == null) {
      return List.of();
    }
    return partition.find(candidate, maxEdits);
  }

  /**
   * The work one lookup of the candidate takes: the deletion variants it probes, or the official handles it
   * compares with when that is cheaper. Lets tests bound the work on long untrusted handles without timing.
   */
  long lookupCost(Handle candidate) {
    Partition partition = partitions.get(candidate.platform());
    return partition == null ? 0 : partition.plan(partition.entryOf(candidate), maxEdits).cost;
  }

  /**
   * Finds every lookalike among other handles of the estate: other accounts' handles, retired ones and
   * observed external ones. An official handle is never reported as a lookalike of itself, but two official
   * handles confusable with each other are both reported, once each way, when both are among
   * {@code others}.
   *
   * @param others the handles to check; repeats of one handle as written count once
   * @return the lookalikes, ordered by official handle and then candidate
   * @throws NullPointerException if the collection or one of its handles is null
   */
  public List<Lookalike> findAllLookalikes(Collection<Handle> others) {
    requireNonNull(others, "others");
    Set<Handle> distinct = new TreeSet<>(HANDLE_ORDER);
    for (Handle other : others) {
      distinct.add(requireNonNull(other, "others contains null"));
    }
    List<Lookalike> found = new ArrayList<>();
    for (Handle other : distinct) {
      found.addAll(findLookalikes(other));
    }
    Collections.sort(found);
    return List.copyOf(found);
  }

  /** How many deletion variants the index of these entries holds: those of each key and each skeleton. */
  private static long variants(Collection<List<Entry>> partitions, int maxEdits) {
    long total = 0;
    for (List<Entry> entries : partitions) {
      for (Entry entry : entries) {
        total += variantCount(entry.key.length, maxEdits) + variantCount(entry.skeletonCodePoints.length, maxEdits);
      }
    }
    return total;
  }

  @Override
  public String toString() {
    return "LookalikeIndex[" + officialHandles.size() + " official handles, maxEdits " + maxEdits + "]";
  }

  /**
   * A handle with its key and folded skeleton as code points, computed once; for an official handle, also its
   * number in its partition (-1 for a candidate that is not one).
   */
  private static final class Entry {
    final Handle handle;
    final int id;
    final int[] key;
    final String skeleton;
    final int[] skeletonCodePoints;
    // Most handles are their own skeleton: then the two share one array and have one set of variants.
    final boolean skeletonIsKey;

    Entry(Handle handle, int id) {
      this.handle = handle;
      this.id = id;
      String keyText = handle.equivalenceKey();
      this.key = codePoints(keyText);
      this.skeleton = Confusables.skeletonKey(handle);
      this.skeletonIsKey = skeleton.equals(keyText);
      this.skeletonCodePoints = skeletonIsKey ? key : codePoints(skeleton);
    }

    private static int[] codePoints(String text) {
      int[] codePoints = new int[text.codePointCount(0, text.length())];
      for (int i = 0, at = 0; at < text.length(); i++) {
        codePoints[i] = text.codePointAt(at);
        at += Character.charCount(codePoints[i]);
      }
      return codePoints;
    }
  }

  /** How one lookup proceeds: which of the candidate's texts to expand, or to compare with every entry. */
  private static final class Plan {
    final boolean expandKey;
    final boolean expandSkeleton;
    final boolean scan;
    final long cost;

    Plan(boolean expandKey, boolean expandSkeleton, boolean scan, long cost) {
      this.expandKey = expandKey;
      this.expandSkeleton = expandSkeleton;
      this.scan = scan;
      this.cost = cost;
    }
  }

  /**
   * The official handles of one platform and their deletion neighbourhoods.
   *
   * <p>A deletion variant is kept as a 64-bit hash, not a string: the neighbourhood of every entry lies in one
   * open-addressing table of {@code long}s, each element the variant's hash with the entry's number in its low
   * bits, placed by the hash alone (so the entries sharing a variant lie in one run of the table), and a lookup
   * probes the table once per variant of the candidate. Two different variants with the same hash only add a
   * candidate that the exact comparison then rejects, so hashing changes the work, never the answer.
   */
  private static final class Partition {
    // An exact comparison is a banded alignment, dearer than one probe: about this many probes.
    private static final long PROBES_PER_COMPARISON = 8;
    // Up to this many official handles found by one lookup are kept distinct as they come; more are sorted.
    private static final int FEW = 32;

    private final Entry[] entries;
    private final Map<Handle, Entry> byHandle;
    private final long idMask;
    // One table for the variants of keys and of skeletons alike: for most handles the two coincide and are
    // expanded once, and a cross match only adds a candidate that the exact comparison then rejects. 0 is an
    // empty slot; no element is 0 (see target).
    private final long[] table;
    private final int slotShift;
    private final int longestKey;
    private final int longestSkeleton;

    Partition(List<Entry> entries, int maxEdits) {
      this.entries = entries.toArray(new Entry[0]);
      this.byHandle = new HashMap<>(this.entries.length * 2);
      int idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(this.entries.length - 1));
      this.idMask = (1L << idBits) - 1;
      int keys = 0;
      int skeletons = 0;
      long total = 0;
      for (Entry entry : this.entries) {
        byHandle.put(entry.handle, entry);
        keys = Math.max(keys, entry.key.length);
        skeletons = Math.max(skeletons, entry.skeletonCodePoints.length);
        total += variantCount(entry.key.length, maxEdits)
            + (entry.skeletonIsKey ? 0 : variantCount(entry.skeletonCodePoints.length, maxEdits));
      }
      this.longestKey = keys;
      this.longestSkeleton = skeletons;
      // Within VARIANT_BUDGET, which LookalikeIndex.of checked across every partition; at most two thirds full.
      int slotBits = Math.max(1, 64 - Long.numberOfLeadingZeros(total + total / 2));
      this.slotShift = 64 - slotBits;
      this.table = new long[1 << slotBits];
      int[] deleted = new int[maxEdits + 1];
      for (Entry entry : this.entries) {
        // A variant repeated within an entry ("aab" less either "a") is stored twice: lookups drop repeats.
        int id = entry.id;
        LongConsumer insert = hash -> insert(target(hash) | id);
        VariantHashes.each(entry.key, maxEdits, deleted, insert);
        if (!entry.skeletonIsKey) {
          VariantHashes.each(entry.skeletonCodePoints, maxEdits, deleted, insert);
        }
      }
    }

    /** The official entry of the handle as written, or a new entry for a handle that is not one. */
    Entry entryOf(Handle candidate) {
      Entry official = byHandle.get(candidate);
      return official != null && official.handle.value().equals(candidate.value())
          ? official
          : new Entry(candidate, -1);
    }

    /** The variant's hash without the bits that hold an entry's number, and never 0 (an empty slot). */
    private long target(long hash) {
      long target = hash & ~idMask;
      return target == 0 ? idMask + 1 : target;
    }

    private int slot(long target) {
      return (int) (target >>> slotShift);
    }

    private void insert(long element) {
      int mask = table.length - 1;
      int at = slot(element & ~idMask);
      while (table[at] != 0) {
        at = (at + 1) & mask;
      }
      table[at] = element;
    }

    Plan plan(Entry candidate, int maxEdits) {
      // Texts whose lengths differ by more than maxEdits are more than maxEdits edits apart, and equal
      // skeletons have equal lengths: a text longer than every official one plus maxEdits matches nothing.
      boolean expandKey = candidate.key.length <= longestKey + maxEdits;
      boolean expandSkeleton = candidate.skeletonCodePoints.length <= longestSkeleton + maxEdits;
      long variants = (expandKey ? variantCount(candidate.key.length, maxEdits) : 0)
          + (expandSkeleton ? variantCount(candidate.skeletonCodePoints.length, maxEdits) : 0);
      // A candidate too long to expand has no variants and costs nothing: never more than a scan (at least one
      // entry, so a positive cost).
      long scanCost = entries.length * PROBES_PER_COMPARISON;
      if (variants > scanCost) {
        return new Plan(false, false, true, entries.length);
      }
      return new Plan(expandKey, expandSkeleton, false, variants);
    }

    List<Lookalike> find(Handle handle, int maxEdits) {
      Entry candidate = entryOf(handle);
      Plan plan = plan(candidate, maxEdits);
      // An official handle equal to the candidate is the same name: never a lookalike, so never collected.
      Entry self = byHandle.get(handle);
      int selfId = self == null ? -1 : self.id;
      int[] ids;
      int count;
      if (plan.scan) {
        ids = new int[entries.length];
        Arrays.setAll(ids, id -> id);
        count = ids.length;
      } else {
        Found found = new Found(selfId);
        int[] deleted = new int[maxEdits + 1];
        LongConsumer probe = hash -> probe(target(hash), found);
        if (plan.expandKey) {
          VariantHashes.each(candidate.key, maxEdits, deleted, probe);
        }
        if (plan.expandSkeleton && !(plan.expandKey && candidate.skeletonIsKey)) {
          VariantHashes.each(candidate.skeletonCodePoints, maxEdits, deleted, probe);
        }
        ids = found.ids;
        count = found.count;
        if (count > FEW) {
          Arrays.sort(ids, 0, count);
        } else {
          // Kept distinct as found: a few, sorted by insertion.
          for (int i = 1; i < count; i++) {
            int id = ids[i];
            int at = i;
            while (at > 0 && ids[at - 1] > id) {
              ids[at] = ids[at - 1];
              at--;
            }
            ids[at] = id;
          }
        }
      }
      if (count == 0) {
        return List.of();
      }
      List<Lookalike> found = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (i > 0 && ids[i] == ids[i - 1]) {
          continue;
        }
        Lookalike lookalike = compare(entries[ids[i]], candidate, maxEdits);
        if (lookalike != null) {
          found.add(lookalike);
        }
      }
      // Entries are numbered in handle order and the ids sorted, so these already go by official handle.
      return List.copyOf(found);
    }

    /** Adds every entry that has a variant with this target, probing its run of the table. */
    private void probe(long target, Found found) {
      int mask = table.length - 1;
      for (int at = slot(target); ; at = (at + 1) & mask) {
        long element = table[at];
        if (element == 0) {
          return;
        }
        if ((element & ~idMask) == target) {
          found.add((int) (element & idMask));
        }
      }
    }
  }

  /**
   * The official handles one lookup finds, less the candidate's own: distinct while they are few, then every
   * one as found (the caller sorts and drops repeats).
   */
  private static final class Found {
    private final int self;
    int[] ids = NONE;
    int count;

    Found(int self) {
      this.self = self;
    }

    void add(int id) {
      if (id == self) {
        return;
      }
      if (count <= Partition.FEW) {
        for (int i = 0; i < count; i++) {
          if (ids[i] == id) {
            return;
          }
        }
      }
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, Math.max(8, count * 2));
      }
      ids[count++] = id;
    }
  }

  /**
   * The 64-bit hashes of every text obtained by deleting at most {@code maxDeletions} code points from the texts
   * added, without building the texts: {@link #each} hands them to a consumer as they are made (the index's
   * build and lookups), and an instance collects them (the tests' view of the same enumeration).
   */
  static final class VariantHashes {
    private final int maxDeletions;
    private final int[] deleted;
    private long[] hashes;
    private int size;

    VariantHashes(int longest, int maxDeletions) {
      this.maxDeletions = maxDeletions;
      this.deleted = new int[maxDeletions + 1];
      this.hashes = new long[(int) Math.max(2, Math.min(1 << 16, 2 * variantCount(longest, maxDeletions)))];
    }

    void clear() {
      size = 0;
    }

    int size() {
      return size;
    }

    void addDeletions(int[] codePoints) {
      each(codePoints, maxDeletions, deleted, this::add);
    }

    /** Sorts the hashes added since {@link #clear()} and drops repeats; the first {@link #size()} count. */
    long[] sortedDistinct() {
      Arrays.sort(hashes, 0, size);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (i == 0 || hashes[i] != hashes[distinct - 1]) {
          hashes[distinct++] = hashes[i];
        }
      }
      size = distinct;
      return hashes;
    }

    /**
     * Hands the hash of every deletion variant of the text to {@code sink}, a variant reached by deleting
     * different positions ("aab" less either "a") once per way; {@code deleted} is scratch of at least
     * {@code maxDeletions + 1} elements.
     */
    static void each(int[] codePoints, int maxDeletions, int[] deleted, LongConsumer sink) {
      collect(codePoints, maxDeletions, 0, 0, deleted, sink);
    }

    // Deleting at increasing positions visits each set of deleted positions once.
    private static void collect(
        int[] codePoints, int deletions, int from, int depth, int[] deleted, LongConsumer sink) {
      sink.accept(hash(codePoints, depth, deleted));
      if (deletions == 0) {
        return;
      }
      for (int i = from; i < codePoints.length; i++) {
        deleted[depth] = i;
        collect(codePoints, deletions - 1, i + 1, depth + 1, deleted, sink);
      }
    }

    /** FNV-1a over the code points not deleted, then a 64-bit finaliser with the length. */
    private static long hash(int[] codePoints, int deletedCount, int[] deleted) {
      long h = 0xcbf29ce484222325L;
      int next = 0;
      for (int i = 0; i < codePoints.length; i++) {
        if (next < deletedCount && deleted[next] == i) {
          next++;
          continue;
        }
        h = (h ^ codePoints[i]) * 0x100000001b3L;
      }
      return mix(h ^ (codePoints.length - deletedCount));
    }

    private static long mix(long h) {
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      h *= 0xc4ceb9fe1a85ec53L;
      h ^= h >>> 33;
      return h;
    }

    private void add(long hash) {
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = hash;
    }
  }

  /** Compares exactly; null when the handles are the same name or not confusable. */
  private static Lookalike compare(Entry official, Entry candidate, int maxEdits) {
    if (official.handle.equals(candidate.handle)) {
      return null;
    }
    List<LookalikeReason> reasons = new ArrayList<>(2);
    List<Lookalike.Edit> edits = List.of();
    boolean sameSkeleton = official.skeleton.equals(candidate.skeleton);
    if (sameSkeleton) {
      reasons.add(LookalikeReason.SAME_SKELETON);
    }
    List<Lookalike.Edit> keyEdits = EditScripts.script(official.key, candidate.key, maxEdits);
    if (keyEdits != null) {
      reasons.add(LookalikeReason.EDIT_DISTANCE);
      // Found on the keys; shown as the handles are written, which only a match needs.
      edits =
          EditScripts.script(
              EditScripts.Written.of(official.handle), EditScripts.Written.of(candidate.handle), maxEdits);
    } else if (!sameSkeleton) {
      List<Lookalike.Edit> skeletonEdits =
          EditScripts.script(official.skeletonCodePoints, candidate.skeletonCodePoints, maxEdits);
      if (skeletonEdits != null) {
        reasons.add(LookalikeReason.CONFUSABLE_EDIT_DISTANCE);
        edits = skeletonEdits;
      }
    }
    return reasons.isEmpty()
        ? null
        : new Lookalike(official.handle, candidate.handle, official.skeleton, reasons, edits);
  }

  /** How many ways there are to delete at most {@code maxDeletions} of {@code length} code points. */
  static long variantCount(int length, int maxDeletions) {
    long total = 0;
    long ways = 1;
    for (int k = 0; k <= maxDeletions && k <= length; k++) {
      total += ways;
      ways = ways * (length - k) / (k + 1);
    }
    return total;
  }
}
