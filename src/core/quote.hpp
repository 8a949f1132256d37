#pragma once
// A clinic's quote: its own price for one cycle, in its own currency, and what
// the package includes (so that it is not charged again).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.hpp"
#include "core/inclusion.hpp"

namespace cpcost {

struct Quote {
  std::string path;         // the file, for messages
  std::string clinic;
  std::string destination;  // a destination id
  std::string city;
  std::string currency;     // of the amounts below
  PriceFigure price;        // one cycle; provenance: the quote itself (yours)
  int infusions_included = 1;
  std::optional<PriceFigure> extra_infusion;  // per infusion beyond those included
  int nights_included = 0;                    // per cycle, one room
  std::vector<Inclusion> includes;

  bool has(Inclusion inclusion) const;

  friend bool operator==(const Quote&, const Quote&) = default;
};

}  // namespace cpcost
