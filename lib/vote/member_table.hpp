#pragma once
// The members of a ballot file, for the stateless tally (vote/ballots.cpp; internal): per member
// where its ballot stands, in one 12-byte slot, however many members.
// A member's key is its (normalised) code itself: packed into 64 bits when it is at most 8 bytes,
// else kept in an arena and compared in full. Two members never share a slot, so no collision can
// merge two members' ballots into one count.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/csv.hpp>
#include <mbov/vote/tally.hpp>

namespace mbov::vote {

// One member: the line of its ballot, what the ballot is, and whether it is present.
struct Mark {
  std::uint32_t line : 27 = 0;  // 0 = no line yet
  std::uint32_t choice : 2 = 0;  // a Choice, when voted (all bits 0: a new table is zeroed memory)
  std::uint32_t advance : 1 = 0;
  std::uint32_t present : 1 = 0;  // named by --present, or present on the roll
  std::uint32_t voted : 1 = 0;    // the line holds a ballot (a roll lists members without one)
};
static_assert(sizeof(Mark) == 4);
// Every line number of an input fits: a line takes at least its line break.
static_assert(csv_limits::input < (std::size_t{1} << 27) - 1);

class MemberTable {
 public:
  MemberTable();
  // Room for `members` without growing (a guess from the input's size): no time spent moving
  // members, and no slack of a table grown by half.
  void reserve(std::size_t members);
  // Where a code (not empty, no NUL byte) is looked up: computed ahead, for a prefetch().
  struct Key {
    std::uint64_t packed;  // the code in 64 bits, or 0 for a long one
    std::uint64_t hash;
  };
  static Key key(std::string_view code);
  // The key of a code of at most 8 bytes below 0x80, packed as key() packs it (byte i at bits
  // 8i to 8i+7, zeros after the code).
  static Key packed_key(std::uint64_t packed) { return {packed, mix(packed)}; }
  // The mark of `code`, added unmarked when new.
  Mark& find_or_add(std::string_view code) { return find_or_add(code, key(code)); }
  Mark& find_or_add(std::string_view code, const Key& key);
  // Asks the processor to load the slot where the look-up of `key` starts, so that look-up, a
  // little later, need not wait for memory.
  void prefetch(const Key& key) const {
    const Segment& g = segments_[key.hash >> (64 - segment_bits)];
    __builtin_prefetch(g.slots + home(key.hash, g.size));
  }
  std::size_t size() const { return members_; }
  // Calls f(const Mark&) for every slot; an unused slot is an unmarked member (no line, not
  // present), which counts nothing.
  template <class F>
  void each(F f) const {
    for (const Segment& g : segments_)
      for (std::size_t i = 0; i < g.size; ++i) f(g.slots[i].mark);
  }

 private:
  // A key and its mark side by side: one cache line for a look-up. All bits 0: an empty slot.
  struct Slot {
    std::uint32_t low, high;  // the key; 0 = empty
    Mark mark;
    std::uint64_t key() const { return std::uint64_t{high} << 32 | low; }
  };
  static_assert(sizeof(Slot) == 12);
  // Memory that reads as zeros, with nothing to clear: a large block straight from the kernel,
  // aligned to and advised for 2 MiB pages where the kernel allows them (at 10^6 members, a
  // tenth of the page faults and fewer TLB misses for look-ups all over the table); a small one
  // from calloc.
  class Zeroed {
   public:
    Zeroed() = default;
    explicit Zeroed(std::size_t bytes);
    Zeroed(Zeroed&& other) noexcept { swap(other); }
    Zeroed& operator=(Zeroed&& other) noexcept {
      swap(other);
      return *this;
    }
    ~Zeroed();
    Slot* slots() const { return static_cast<Slot*>(data_); }
    // Gives the pages of [at, at + bytes) back (a segment that moved out of a shared block).
    void release(const void* at, std::size_t bytes) const;

   private:
    void swap(Zeroed& other) noexcept;
    void* data_ = nullptr;
    void* mapped_ = nullptr;  // the mapping, when not from calloc
    std::size_t mapped_bytes_ = 0;
  };
  // The table is split by hash into segments that grow one at a time: growing never holds two
  // copies of the whole table, so the peak stays near the size. reserve() puts every segment in
  // one block (`shared_`); a segment that grows gets its own.
  struct Segment {
    Slot* slots = nullptr;
    std::size_t size = 0, used = 0;
    Zeroed own;  // empty while in shared_
  };
  static constexpr int segment_bits = 6;

  // MurmurHash3's finaliser: every bit of the key reaches the segment and the slot.
  static std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
  }
  // The low 32 bits of the hash scaled to the size: no power of two needed, so a segment grows by half.
  static std::size_t home(std::uint64_t hash, std::size_t size) {
    return static_cast<std::size_t>(((hash & 0xffffffffu) * size) >> 32);
  }
  std::uint64_t add_long(std::string_view code);  // a code of more than 8 bytes, into the arena
  std::string_view long_code(std::uint64_t key) const;
  std::uint64_t hash_of_key(std::uint64_t key) const;
  // Moves the members of g into `to` (zeroed, `size` slots), owned by `own` (empty: in shared_).
  void move(Segment& g, Slot* to, std::size_t size, Zeroed own);

  std::vector<Segment> segments_;
  Zeroed shared_;
  std::string arena_;  // the long codes, each after its 4-byte length
  std::size_t members_ = 0;
};

}  // namespace mbov::vote
