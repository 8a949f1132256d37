#pragma once

#include <string>
#include <vector>

#include "data/data_file.hpp"

namespace cpcost {

// Reads DIR/destinations/*.toml, sorted by name, for --data DIR. Throws a
// data Error when the directory or a file cannot be read or holds no destination.
std::vector<DataFile> read_data_dir(const std::string& dir);

}  // namespace cpcost
