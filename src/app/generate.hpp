#pragma once
// cpcost --generate: the man page, or a shell's completion script with the
// bundled data's destinations in it.

#include <string>

#include "spec/generated.hpp"

namespace cpcost {

std::string generate(Generated what);

}  // namespace cpcost
