#pragma once
// A clinic's quote file (README, "Clinic quotes"; a complete example in
// data/examples/quote.toml), checked against the catalog: a known destination
// and a currency with a rate.

#include <string>

#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "core/quote.hpp"
#include "data/data_file.hpp"
#include "data/problem.hpp"

namespace cpcost {

Quote read_quote(const DataFile& file, const Catalog& catalog, Problems& problems,
                 std::optional<Date> today = std::nullopt);

// The quote at path, or a data Error for its first problem.
Quote load_quote(const std::string& path, const Catalog& catalog, std::optional<Date> today = std::nullopt);

}  // namespace cpcost
