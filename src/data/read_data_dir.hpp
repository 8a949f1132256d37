#pragma once

#include <string>
#include <vector>

#include "data/data_file.hpp"

namespace cpcost {

// Reads DIR/destinations/*.toml, sorted by name, and DIR/checklist.toml and
// DIR/currencies.toml where there are, for --data DIR. Throws a data Error when the directory or a
// file cannot be read, a file is not a regular file or is too large, the files together are
// (kMaxDataDirectory), or it holds no destination.
DataFiles read_data_dir(const std::string& dir);

}  // namespace cpcost
