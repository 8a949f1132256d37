#pragma once
// TOML data files (destinations and the checklist) -> Catalog, checked against the schema in data/README.md.
// Every problem names its place as path:line:col.

#include <vector>

#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "core/error.hpp"
#include "data/data_file.hpp"
#include "data/problem.hpp"

namespace cpcost {

// Every problem found in the files, in file order; none when the data is sound.
// today, when given, is the latest date an as_of may have. A destination's cost
// figures are those of items, the item table (core/cost_items.hpp).
std::vector<Problem> check_catalog(const DataFiles& files, Catalog* catalog = nullptr,
                                   std::optional<Date> today = std::nullopt, CostItems items = kCostItems);

// The catalog, or a data Error for the first problem found.
Catalog load_catalog(const DataFiles& files, std::optional<Date> today = std::nullopt, CostItems items = kCostItems);

// The largest amount a figure may hold, in whole dollars: beyond it a figure is a
// typo, and within it no estimate can overflow.
inline constexpr std::int64_t kMaxFigureDollars = 10'000'000;

}  // namespace cpcost
