#include "data/read_data_dir.hpp"

#include <algorithm>
#include <filesystem>

#include "core/error.hpp"

namespace cpcost {

namespace fs = std::filesystem;

DataFiles read_data_dir(const std::string& dir) {
  const fs::path destinations = fs::path(dir) / "destinations";
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    throw Error(ErrorKind::data, dir + ": not a data directory (" +
                                     (fs::exists(dir, error) ? "not a directory" : "no such directory") + ")");
  }
  if (!fs::is_directory(destinations, error)) {
    throw Error(ErrorKind::data, destinations.string() + ": no such directory (a data directory holds destinations/*.toml)");
  }

  std::vector<fs::path> paths;
  for (fs::directory_iterator it(destinations, error), end; !error && it != end; it.increment(error)) {
    // Anything named *.toml but a directory is meant as data: an unreadable
    // file or a dangling link is an error below, not silently skipped.
    if (it->path().extension() == ".toml" && !it->is_directory(error)) paths.push_back(it->path());
  }
  if (error) throw Error(ErrorKind::data, destinations.string() + ": " + error.message());
  if (paths.empty()) throw Error(ErrorKind::data, destinations.string() + ": no destination files (*.toml)");
  std::sort(paths.begin(), paths.end());

  // Each file is refused unless it is a regular file within its limit (read_data_file);
  // all of them together within theirs, as all are parsed and kept at once.
  std::size_t total = 0;
  auto read = [&](const fs::path& path) {
    DataFile file = read_data_file(path.string());
    total += file.text.size();
    if (total > kMaxDataDirectory) {
      throw Error(ErrorKind::data, dir + ": too large (its data files together hold over " +
                                       size_in_words(kMaxDataDirectory) + ", the limit)");
    }
    return file;
  };
  DataFiles files;
  for (const auto& path : paths) files.destinations.push_back(read(path));
  const fs::path checklist = fs::path(dir) / "checklist.toml";
  if (fs::exists(fs::symlink_status(checklist, error))) files.checklist = read(checklist);
  const fs::path currencies = fs::path(dir) / "currencies.toml";
  if (fs::exists(fs::symlink_status(currencies, error))) files.currencies = read(currencies);
  return files;
}

}  // namespace cpcost
