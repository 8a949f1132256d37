#pragma once
// compare's sort keys, defined once: what --sort accepts and what a
// comparison says it is sorted by.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/compare.hpp"

namespace cpcost {

struct SortKeySpec {
  SortKey key;
  std::string_view name;
};

inline constexpr std::array<SortKeySpec, 4> kSortKeys = {{
    {SortKey::total, "total"},
    {SortKey::treatment, "treatment"},
    {SortKey::travel, "travel"},
    {SortKey::name, "name"},
}};

std::string_view name_of(SortKey key);
// The key called name, in any case.
std::optional<SortKey> sort_key_named(std::string_view name);
// "total, treatment, travel, name".
std::string sort_key_names();

}  // namespace cpcost
