#pragma once
// The members of a ballot file, for the stateless tally (vote/ballots.cpp): per member where its
// ballot stands, in 12 bytes a slot and a few large allocations, however many members.
// A member's key is its (normalised) code itself when it is at most 8 ASCII bytes, packed into
// 64 bits; a longer code is kept in an arena and compared in full. So two members never share a
// key: no collision can merge two ballots into one count.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vote/tally.hpp"

namespace mbov::vote {

// One member: the line of its ballot (0 = none yet), what the ballot is, and --present.
struct Mark {
  std::uint32_t line : 28 = 0;  // clamped to max_line for longer files
  std::uint32_t choice : 2 = static_cast<std::uint32_t>(Choice::abstain);
  std::uint32_t advance : 1 = 0;
  std::uint32_t present : 1 = 0;
  static constexpr std::uint32_t max_line = (1u << 28) - 1;
};
static_assert(sizeof(Mark) == 4);

class Fingerprints {
 public:
  Fingerprints();
  // The mark of `code` (not empty), added unmarked when new.
  Mark& find_or_add(std::string_view code);
  // Calls f(const Mark&) for every member; unused slots come as unmarked members (no ballot, not
  // present), which count nothing.
  template <class F>
  void each(F f) const {
    for (const Segment& g : segments_)
      for (const Slot& slot : g.slots) f(slot.mark);
  }

 private:
  // Split by hash into segments that grow one at a time: growing never holds two copies of
  // the whole table, so the peak stays near the size.
  // A key and its mark side by side (12 bytes): one cache line for a look-up.
  struct Slot {
    std::uint32_t low = 0, high = 0;  // the key; 0 = empty
    Mark mark;
    std::uint64_t key() const { return std::uint64_t{high} << 32 | low; }
    void set(std::uint64_t key) {
      low = static_cast<std::uint32_t>(key);
      high = static_cast<std::uint32_t>(key >> 32);
    }
  };
  struct Segment {
    std::vector<Slot> slots;
    std::size_t used = 0;
  };
  static constexpr int segment_bits = 6;

  std::uint64_t key_of(std::string_view code);  // adds a long code to the arena
  std::uint64_t hash_of_key(std::uint64_t key) const;
  bool same(std::uint64_t key, std::string_view code, std::uint64_t inline_key) const;
  static std::size_t slot(std::uint64_t hash, std::size_t size);
  void grow(Segment& g);

  std::vector<Segment> segments_;
  std::string arena_;  // long codes: 4 bytes of length, then the code
};

}  // namespace mbov::vote
