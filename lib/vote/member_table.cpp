#include "vote/member_table.hpp"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <new>
#include <utility>

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

constexpr std::size_t first_size = 16;  // the slots of a segment at first
constexpr std::size_t huge_page = std::size_t{2} << 20;

}  // namespace

MemberTable::Zeroed::Zeroed(std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  if (bytes >= huge_page) {
    // A mapping reads as zeros; one huge page more, to start the block on a huge page boundary.
    mapped_bytes_ = bytes + huge_page;
    mapped_ = mmap(nullptr, mapped_bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped_ == MAP_FAILED) throw std::bad_alloc();
    const auto at = (reinterpret_cast<std::uintptr_t>(mapped_) + huge_page - 1) & ~(huge_page - 1);
    data_ = reinterpret_cast<void*>(at);
    madvise(data_, bytes, MADV_HUGEPAGE);  // a hint: without huge pages the block works alike
    return;
  }
#endif
  data_ = std::calloc(bytes, 1);
  if (!data_) throw std::bad_alloc();
}

MemberTable::Zeroed::~Zeroed() {
  if (mapped_) munmap(mapped_, mapped_bytes_);
  else std::free(data_);
}

void MemberTable::Zeroed::swap(Zeroed& other) noexcept {
  std::swap(data_, other.data_);
  std::swap(mapped_, other.mapped_);
  std::swap(mapped_bytes_, other.mapped_bytes_);
}

void MemberTable::Zeroed::release(const void* at, std::size_t bytes) const {
  if (!mapped_) return;
  const std::size_t page = 4096;  // the whole pages inside [at, at + bytes)
  const auto begin = (reinterpret_cast<std::uintptr_t>(at) + page - 1) & ~(page - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(at) + bytes) & ~(page - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

MemberTable::MemberTable()
    : segments_(std::size_t{1} << segment_bits), shared_(segments_.size() * first_size * sizeof(Slot)) {
  for (std::size_t s = 0; s < segments_.size(); ++s) {
    segments_[s].slots = shared_.slots() + s * first_size;
    segments_[s].size = first_size;
  }
}

MemberTable::Key MemberTable::key(std::string_view code) {
  const std::uint64_t inline_key = packed(code);
  return {inline_key, mix(inline_key ? inline_key : std::hash<std::string_view>{}(code))};
}

Mark& MemberTable::find_or_add(std::string_view code, const Key& k) {
  Segment& g = segments_[k.hash >> (64 - segment_bits)];
  const std::size_t size = g.size;
  for (std::size_t i = home(k.hash, size);; i = i + 1 == size ? 0 : i + 1) {
    Slot& at = g.slots[i];
    const std::uint64_t key = at.key();
    if (key == 0) {
      if ((g.used + 1) * 10 > size * 7) {  // at most 70% full: short probes
        Zeroed own((size + size / 2) * sizeof(Slot));
        Slot* const to = own.slots();
        move(g, to, size + size / 2, std::move(own));
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
  return mix(key & long_flag ? std::hash<std::string_view>{}(long_code(key)) : key);
}

void MemberTable::reserve(std::size_t members) {
  const std::size_t size = members / segments_.size() * 3 / 2;  // 2/3 full: growing starts at 70%
  for (const Segment& g : segments_)
    if (!g.own.slots() && g.size >= size) return;  // it could not leave the shared block
  Zeroed block(size * segments_.size() * sizeof(Slot));
  for (std::size_t s = 0; s < segments_.size(); ++s)
    if (segments_[s].size < size) move(segments_[s], block.slots() + s * size, size, Zeroed());
  shared_ = std::move(block);  // every segment of the old one moved
}

void MemberTable::move(Segment& g, Slot* to, std::size_t size, Zeroed own) {
  for (std::size_t s = 0; s < g.size; ++s) {
    const Slot& old = g.slots[s];
    if (old.key() == 0) continue;
    std::size_t i = home(hash_of_key(old.key()), size);
    while (to[i].key() != 0) i = i + 1 == size ? 0 : i + 1;
    to[i] = old;
  }
  if (!g.own.slots()) shared_.release(g.slots, g.size * sizeof(Slot));
  g.slots = to;
  g.size = size;
  g.own = std::move(own);
}

}  // namespace mbov::vote
