#include "core/quote.hpp"

#include <algorithm>

namespace cpcost {

std::string_view name_of(Inclusion inclusion) { return kInclusionNames[static_cast<std::size_t>(inclusion)]; }

std::optional<Inclusion> inclusion_named(std::string_view name) {
  for (std::size_t i = 0; i < kInclusionNames.size(); ++i) {
    if (kInclusionNames[i] == name) return static_cast<Inclusion>(i);
  }
  return std::nullopt;
}

bool Quote::has(Inclusion inclusion) const {
  return std::find(includes.begin(), includes.end(), inclusion) != includes.end();
}

}  // namespace cpcost
