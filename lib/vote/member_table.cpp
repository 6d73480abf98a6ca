#include "vote/member_table.hpp"

#include <cstring>
#include <functional>

namespace mbov::vote {
namespace {

constexpr std::uint64_t long_flag = std::uint64_t{1} << 63;

// The code itself in 64 bits when it fits (at most 8 bytes, the top bit clear), else 0. Codes
// hold no NUL byte, so the zero bytes after a shorter code tell it from a longer one.
std::uint64_t packed(std::string_view code) {
  if (code.size() > 8) return 0;
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < code.size(); ++i) key |= std::uint64_t{static_cast<unsigned char>(code[i])} << (8 * i);
  return key & long_flag ? 0 : key;
}

// MurmurHash3's finaliser: every bit of the key reaches the segment and the slot.
std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

std::uint64_t hash_text(std::string_view code) { return mix(std::hash<std::string_view>{}(code)); }

// The low 32 bits of the hash scaled to the size: no power of two needed, so a segment grows by half.
std::size_t home(std::uint64_t hash, std::size_t size) {
  return static_cast<std::size_t>(((hash & 0xffffffffu) * size) >> 32);
}

}  // namespace

MemberTable::MemberTable() : segments_(std::size_t{1} << segment_bits) {
  for (Segment& g : segments_) g.slots.resize(16);
}

MemberTable::Key MemberTable::key(std::string_view code) {
  const std::uint64_t inline_key = packed(code);
  return {inline_key, inline_key ? mix(inline_key) : hash_text(code)};
}

MemberTable::Key MemberTable::packed_key(std::uint64_t packed) { return {packed, mix(packed)}; }

void MemberTable::prefetch(const Key& key) const {
  const Segment& g = segments_[key.hash >> (64 - segment_bits)];
  __builtin_prefetch(g.slots.data() + home(key.hash, g.slots.size()));
}

Mark& MemberTable::find_or_add(std::string_view code, const Key& k) {
  Segment& g = segments_[k.hash >> (64 - segment_bits)];
  const std::size_t size = g.slots.size();
  for (std::size_t i = home(k.hash, size);; i = i + 1 == size ? 0 : i + 1) {
    Slot& at = g.slots[i];
    const std::uint64_t key = at.key();
    if (key == 0) {
      if ((g.used + 1) * 10 > size * 7) {  // at most 70% full: short probes
        resize(g, size + size / 2);
        return find_or_add(code, k);
      }
      const std::uint64_t stored = k.packed ? k.packed : add_long(code);
      at.low = static_cast<std::uint32_t>(stored);
      at.high = static_cast<std::uint32_t>(stored >> 32);
      ++g.used;
      ++members_;
      return at.mark;
    }
    if (k.packed ? key == k.packed : (key & long_flag) && long_code(key) == code) return at.mark;
  }
}

std::uint64_t MemberTable::add_long(std::string_view code) {
  const std::uint64_t key = long_flag | arena_.size();
  const auto size = static_cast<std::uint32_t>(code.size());
  arena_.append(reinterpret_cast<const char*>(&size), sizeof size);
  arena_.append(code);
  return key;
}

std::string_view MemberTable::long_code(std::uint64_t key) const {
  const char* at = arena_.data() + (key & ~long_flag);
  std::uint32_t size = 0;
  std::memcpy(&size, at, sizeof size);
  return {at + sizeof size, size};
}

std::uint64_t MemberTable::hash_of_key(std::uint64_t key) const {
  return key & long_flag ? hash_text(long_code(key)) : mix(key);
}

void MemberTable::reserve(std::size_t members) {
  const std::size_t size = members / segments_.size() * 3 / 2;  // 2/3 full: growing starts at 70%
  for (Segment& g : segments_)
    if (g.slots.size() < size) resize(g, size);
}

void MemberTable::resize(Segment& g, std::size_t size) {
  std::vector<Slot> bigger(size);
  for (const Slot& old : g.slots) {
    if (old.key() == 0) continue;
    std::size_t i = home(hash_of_key(old.key()), size);
    while (bigger[i].key() != 0) i = i + 1 == size ? 0 : i + 1;
    bigger[i] = old;
  }
  g.slots = std::move(bigger);
}

}  // namespace mbov::vote
