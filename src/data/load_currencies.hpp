#pragma once

#include "core/currency.hpp"
#include "core/dates.hpp"
#include "data/data_file.hpp"
#include "data/problem.hpp"

namespace cpcost {

// currencies.toml: [rates.CODE] with per_usd (a decimal string) and provenance.
// Problems go to problems; the rates that could be read are added to US dollars.
Currencies read_currencies(const DataFile& file, Problems& problems,
                         std::optional<Date> today = std::nullopt);

}  // namespace cpcost
