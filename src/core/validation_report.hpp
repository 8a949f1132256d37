#pragma once
// cpcost validate's result: the files checked, and every problem as path:line:col.

#include <string>
#include <vector>

namespace cpcost {

struct ValidationReport {
  std::vector<std::string> files;  // checked
  struct Finding {
    std::string path;
    long line = 0;
    long column = 0;
    std::string message;
  };
  std::vector<Finding> problems;
};

}  // namespace cpcost
