#include "vote/fingerprints.hpp"

#include <cstring>
#include <functional>
#include <limits>

#include "core/error.hpp"

namespace mbov::vote {
namespace {

constexpr std::uint64_t long_code = std::uint64_t{1} << 63;

// The code packed into 64 bits when it is 1..8 ASCII bytes (never 0, bit 63 clear), else 0.
std::uint64_t packed(std::string_view code) {
  if (code.empty() || code.size() > 8) return 0;
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const auto c = static_cast<unsigned char>(code[i]);
    if (c == 0 || c >= 0x80) return 0;
    key |= std::uint64_t{c} << (8 * i);
  }
  return key;
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

}  // namespace

Fingerprints::Fingerprints() : segments_(std::size_t{1} << segment_bits) {
  for (Segment& g : segments_) g.slots.resize(16);
}

std::size_t Fingerprints::slot(std::uint64_t hash, std::size_t size) {
  // The low 32 bits scaled to the size (no power of two needed, so a segment grows by half).
  return static_cast<std::size_t>(((hash & 0xffffffffu) * size) >> 32);
}

std::uint64_t Fingerprints::key_of(std::string_view code) {
  if (std::uint64_t key = packed(code)) return key;
  if (arena_.size() + 4 + code.size() >= long_code)
    throw Error(Exit::data, "too many long member codes in one ballot file");
  const std::uint64_t key = long_code | arena_.size();
  const auto size = static_cast<std::uint32_t>(code.size());
  arena_.append(reinterpret_cast<const char*>(&size), 4);
  arena_.append(code);
  return key;
}

std::uint64_t Fingerprints::hash_of_key(std::uint64_t key) const {
  if (!(key & long_code)) return mix(key);
  const std::size_t at = key & ~long_code;
  std::uint32_t size = 0;
  std::memcpy(&size, arena_.data() + at, 4);
  return hash_text({arena_.data() + at + 4, size});
}

bool Fingerprints::same(std::uint64_t key, std::string_view code, std::uint64_t inline_key) const {
  if (inline_key) return key == inline_key;
  if (!(key & long_code)) return false;
  const std::size_t at = key & ~long_code;
  std::uint32_t size = 0;
  std::memcpy(&size, arena_.data() + at, 4);
  return std::string_view(arena_.data() + at + 4, size) == code;
}

Mark& Fingerprints::find_or_add(std::string_view code) {
  const std::uint64_t inline_key = packed(code);
  const std::uint64_t hash = inline_key ? mix(inline_key) : hash_text(code);
  Segment& g = segments_[hash >> (64 - segment_bits)];
  const std::size_t size = g.slots.size();
  for (std::size_t i = slot(hash, size);; i = i + 1 == size ? 0 : i + 1) {
    Slot& at = g.slots[i];
    const std::uint64_t key = at.key();
    if (key == 0) {
      at.set(inline_key ? inline_key : key_of(code));
      if (++g.used * 10 > size * 7) {  // at most 70% full: short probes
        grow(g);
        return find_or_add(code);
      }
      return at.mark;
    }
    if (same(key, code, inline_key)) return at.mark;
  }
}

void Fingerprints::grow(Segment& g) {
  const std::size_t size = g.slots.size() + g.slots.size() / 2;
  std::vector<Slot> bigger(size);
  for (const Slot& old : g.slots) {
    if (old.key() == 0) continue;
    std::size_t i = slot(hash_of_key(old.key()), size);
    while (bigger[i].key() != 0) i = i + 1 == size ? 0 : i + 1;
    bigger[i] = old;
  }
  g.slots = std::move(bigger);
}

}  // namespace mbov::vote
