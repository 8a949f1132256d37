#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cpcost {

// One data file's text and the path that error messages name.
struct DataFile {
  std::string path;
  std::string text;
};

// A data directory's files: destinations/*.toml, checklist.toml, currencies.toml.
struct DataFiles {
  std::vector<DataFile> destinations;  // sorted by path
  std::optional<DataFile> checklist;   // absent from a directory that has none
  std::optional<DataFile> currencies;  // absent: US dollars only
};

// A file's whole text, or a data Error "path: cannot open: ..." or "path: cannot
// read: ..." (a directory among them: it opens, but reads as nothing).
DataFile read_data_file(const std::string& path);

}  // namespace cpcost
