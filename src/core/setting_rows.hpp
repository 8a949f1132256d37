#pragma once
// cpcost config's result: each setting in effect, and where it comes from.

#include <string>

namespace cpcost {

struct SettingRow {
  std::string name;    // the config-file key
  std::string value;
  std::string origin;  // "--from", "CPCOST_DATA", "config file PATH:LINE", "built-in default"
};

}  // namespace cpcost
