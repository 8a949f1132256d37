#pragma once
// Runs a command: wires the CLI's invocation to the data, the core, the
// renderers and the output. Returns the exit code of a run that succeeded
// (0, or 1 when an estimate is over its budget); throws a cpcost::Error otherwise.

#include "cli/parse_args.hpp"

namespace cpcost {

int run(const Invocation& invocation);

}  // namespace cpcost
