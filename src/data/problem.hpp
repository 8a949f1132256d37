#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"

namespace cpcost {

// One thing wrong in a data file, and where.
struct Problem {
  SourcePosition where;
  std::string message;
};

using Problems = std::vector<Problem>;

}  // namespace cpcost
