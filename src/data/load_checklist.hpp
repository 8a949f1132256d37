#pragma once

#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "data/data_file.hpp"
#include "data/problem.hpp"

namespace cpcost {

// checklist.toml: title, source, as_of, and [[items]] of name and detail.
// Problems go to problems; what could be read is returned.
Checklist read_checklist(const DataFile& file, Problems& problems,
                         std::optional<Date> today = std::nullopt);

}  // namespace cpcost
