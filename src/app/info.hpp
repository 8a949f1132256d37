#pragma once
// What cpcost prints instead of running a command: the help (laid out for the
// terminal) and the version (with the dates of the bundled data).

#include <string>

#include "cli/environment.hpp"
#include "cli/parse_args.hpp"

namespace cpcost {

std::string info_text(const ParsedArgs& parsed, const Environment& environment);

}  // namespace cpcost
