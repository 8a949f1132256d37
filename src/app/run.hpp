#pragma once
// Runs a command: wires the resolved settings to the data, the core, the
// renderers and the output. Returns the exit code of a run that succeeded
// (0, or 1 when an estimate is over its budget); throws a cpcost::Error otherwise.

#include "app/settings.hpp"

namespace cpcost {

int run(const Settings& settings);

}  // namespace cpcost
