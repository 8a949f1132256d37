#pragma once
// The streaming commands: a batch file, or a sweep of the estimate or compare,
// each scenario computed and written as it comes, in flat memory.

#include "app/settings.hpp"
#include "core/catalog.hpp"
#include "core/quote.hpp"
#include "io/output.hpp"

namespace cpcost {

// Returns the exit code: 3 when --keep-going passed over bad rows, else 0.
// sweep: the settings' own, with the quote loaded.
int stream_batch(const Settings& settings, const QuerySweep& sweep, const Catalog& catalog, Output& out);
void stream_estimate_sweep(const Settings& settings, const QuerySweep& sweep, const Catalog& catalog, Output& out);
void stream_compare_sweep(const Settings& settings, const QuerySweep& sweep, const Catalog& catalog, Output& out,
                          const std::vector<const Quote*>& quotes);

}  // namespace cpcost
