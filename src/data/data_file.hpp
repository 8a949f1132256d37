#pragma once

#include <cstddef>
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

// The most a file read whole may hold (README, "Limits"), checked before it is
// read: far above any real file of its kind, low enough that parsing the
// largest stays quick and small (a pathological 1 MiB TOML file takes about
// 50 MB once parsed).
// A TOML file: a destination (the bundled ones are 7 to 11 KB), a quote, a
// config, the checklist or the currencies.
inline constexpr std::size_t kMaxTomlFile = std::size_t{1} << 20;
// A data directory's files together: about 900 destinations of today's size.
inline constexpr std::size_t kMaxDataDirectory = std::size_t{8} << 20;
// A saved JSON result for diff: a compare of the 8 bundled destinations is
// 235 KB, so this holds one of some 500.
inline constexpr std::size_t kMaxSavedResult = std::size_t{16} << 20;

// "1 MiB", "64 KiB": a limit in words.
std::string size_in_words(std::size_t bytes);

// A descriptor open for reading on a regular file, or a data Error "path: not a
// regular file (a FIFO)" (a directory, a device, a socket) or "path: cannot
// open: ...". Opening never waits: a FIFO with no writer is refused at once.
// The caller closes it.
int open_regular_file(const std::string& path);

// A regular file's whole text, if it holds at most limit bytes; otherwise a
// data Error "path: too large (N bytes; the limit is 1 MiB)", raised before
// reading. Errors of open_regular_file, and "path: cannot read: ...".
DataFile read_data_file(const std::string& path, std::size_t limit = kMaxTomlFile);

}  // namespace cpcost
