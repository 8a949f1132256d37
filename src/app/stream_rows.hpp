#pragma once
// The streaming commands: a batch file, or a sweep of the estimate or compare,
// each scenario computed and written as it comes, in flat memory.

#include "cli/parse_args.hpp"
#include "core/catalog.hpp"
#include "core/quote.hpp"
#include "io/output.hpp"
#include "report/render.hpp"

namespace cpcost {

// Returns the exit code: 3 when --keep-going passed over bad rows, else 0.
int stream_batch(const Invocation& invocation, const Catalog& catalog, const RenderOptions& options, Output& out);
void stream_estimate_sweep(const Invocation& invocation, const Catalog& catalog, const RenderOptions& options,
                           Output& out);
void stream_compare_sweep(const Invocation& invocation, const Catalog& catalog, const RenderOptions& options,
                          Output& out, const std::vector<const Quote*>& quotes);

}  // namespace cpcost
