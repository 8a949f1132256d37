#include "spec/sort_keys.hpp"

#include "core/text.hpp"

namespace cpcost {

std::string_view name_of(SortKey key) {
  for (const auto& spec : kSortKeys) {
    if (spec.key == key) return spec.name;
  }
  return kSortKeys.front().name;
}

std::optional<SortKey> sort_key_named(std::string_view name) {
  for (const auto& spec : kSortKeys) {
    if (equal_ignoring_case(name, spec.name)) return spec.key;
  }
  return std::nullopt;
}

std::string sort_key_names() {
  std::string names;
  for (const auto& spec : kSortKeys) names += (names.empty() ? "" : ", ") + std::string(spec.name);
  return names;
}

}  // namespace cpcost
