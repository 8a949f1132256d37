#pragma once
// Every figure of a destination as a row: what it is, its value, where it
// comes from. What `cpcost show` prints, in each format.

#include <optional>
#include <string>
#include <vector>

#include "core/catalog.hpp"

namespace cpcost {

struct FigureRow {
  std::string key;    // stable, for machines: "cycle_price", "flights.europe", ...
  std::string label;  // for people
  std::optional<MoneyRange> range;  // a price figure
  std::optional<int> count;         // a count figure
  const Provenance* provenance = nullptr;
};

std::vector<FigureRow> figure_rows(const Destination& destination);

}  // namespace cpcost
