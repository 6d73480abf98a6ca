#include "core/spelling.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include <mbov/core/msg.hpp>

namespace mbov {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t w = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * w);
  for (std::size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t v = std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1,
                                d[(i - 1) * w + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  return d[a.size() * w + b.size()];
}

Message did_you_mean(std::string_view word, const std::vector<std::string>& known, const char* hint) {
  const auto lower = [](std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  std::vector<std::string> folded;
  for (const std::string& k : known) folded.push_back(lower(k));
  const std::string_view near = nearest(lower(word), folded);
  const Message then = *hint ? marked(hint) : Message();
  if (near.empty()) return then;
  const std::string& original = known[static_cast<std::size_t>(std::find(folded.begin(), folded.end(), near) - folded.begin())];
  const Message guess = msg("did you mean '{}'?", original);
  return *hint ? joined("{} {}", guess, then) : guess;
}

}  // namespace mbov
