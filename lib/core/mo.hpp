#pragma once
// A compiled catalogue (GNU .mo), read from its bytes (internal: core/i18n.cpp reads the file; the
// unit tests and tests/fuzz/fuzz_mo.cpp give it any bytes). A header of 32-bit words, then the
// tables of (length, offset) pairs of the original strings, sorted, and of their translations.
// Bytes that are no catalogue, or an entry pointing outside them, translate nothing.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mbov {

namespace mo_detail {

// The replacement fields of a format string ("{}", "{0:>4}"), sorted; "{{" and "}}" are text.
inline std::vector<std::string_view> placeholders(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '{') continue;
    if (i + 1 < s.size() && s[i + 1] == '{') {
      ++i;
      continue;
    }
    const std::size_t end = s.find('}', i);
    if (end == std::string_view::npos) break;
    out.push_back(s.substr(i, end - i + 1));
    i = end;
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Each form of a translation (NUL-separated) has the fields of the message's singular or plural:
// a translation that asks for other arguments than its message is none (English is shown).
inline bool same_placeholders(const char* original, std::size_t original_size, const char* translation, std::size_t size) {
  const std::string_view msgid(original, std::min(std::strlen(original), original_size));
  const std::string_view plural = msgid.size() < original_size ? std::string_view(original + msgid.size() + 1) : msgid;
  const auto one = placeholders(msgid), many = placeholders(plural);
  for (std::string_view rest(translation, size); !rest.empty();) {
    const std::string_view form = rest.substr(0, rest.find('\0'));
    const auto fields = placeholders(form);
    if (fields != one && fields != many) return false;
    rest.remove_prefix(std::min(rest.size(), form.size() + 1));
  }
  return true;
}

}  // namespace mo_detail

class MoCatalogue {
 public:
  explicit MoCatalogue(std::string bytes) : data_(std::move(bytes)) {
    // msgfmt writes the machine's byte order; anything else is no catalogue (English).
    if (data_.size() < 28 || word(0) != 0x950412de) {
      data_.clear();
      return;
    }
    count_ = word(8);
    originals_ = word(12);
    translations_ = word(16);
    if (originals_ + 8ull * count_ > data_.size() || translations_ + 8ull * count_ > data_.size()) data_.clear();
  }

  // The translation of msgid (a plural entry: its forms, NUL-separated, `size` bytes), or nullptr.
  const char* find(const char* msgid, std::size_t* size) const {
    std::size_t lo = 0, hi = data_.empty() ? 0 : count_;
    while (lo < hi) {  // the originals are sorted as strcmp sorts them
      const std::size_t mid = (lo + hi) / 2;
      const char* original = string(originals_, mid);
      const int c = std::strcmp(msgid, original ? original : "");
      if (c == 0) {
        const char* t = string(translations_, mid);
        *size = t ? word(translations_ + 8 * mid) : 0;
        // An empty translation is none; so is one whose placeholders are not its message's.
        return *size && mo_detail::same_placeholders(original, word(originals_ + 8 * mid), t, *size) ? t : nullptr;
      }
      if (c < 0) hi = mid;
      else lo = mid + 1;
    }
    return nullptr;
  }

 private:
  std::uint32_t word(std::size_t at) const {
    // Byte by byte in the machine's order (as msgfmt wrote it); GCC 12 warns of a memcpy here.
    const auto* p = reinterpret_cast<const unsigned char*>(data_.data() + at);
    std::uint32_t w = 0;
    for (int k = 3; k >= 0; --k) w = (w << 8) | p[std::endian::native == std::endian::little ? k : 3 - k];
    return w;
  }
  // The i-th string of a table, NUL-terminated within the bytes; nullptr when it lies outside.
  const char* string(std::size_t table, std::size_t i) const {
    const std::uint32_t length = word(table + 8 * i), offset = word(table + 8 * i + 4);
    if (offset + std::size_t{length} >= data_.size() || data_[offset + length] != '\0') return nullptr;
    return data_.data() + offset;
  }

  std::string data_;
  std::uint32_t count_ = 0, originals_ = 0, translations_ = 0;
};

}  // namespace mbov
