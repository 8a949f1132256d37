#pragma once

#include <string>

namespace cpcost {

// One data file's text and the path that error messages name.
struct DataFile {
  std::string path;
  std::string text;
};

}  // namespace cpcost
