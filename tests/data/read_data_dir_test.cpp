#include "data/read_data_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "core/error.hpp"
#include "temp_dir.hpp"

using namespace cpcost;
namespace fs = std::filesystem;

using testing::TempDir;

namespace {

}  // namespace

TEST_CASE("read_data_dir: reads destinations/*.toml in name order, and nothing else") {
  TempDir dir;
  dir.write("destinations/b.toml", "b");
  dir.write("destinations/a.toml", "a");
  dir.write("destinations/notes.txt", "ignored");
  dir.write("other.toml", "ignored");
  const auto files = read_data_dir(dir.path.string()).destinations;
  REQUIRE(files.size() == 2);
  CHECK(files[0].path == (dir.path / "destinations" / "a.toml").string());
  CHECK(files[0].text == "a");
  CHECK(files[1].text == "b");
  CHECK_FALSE(read_data_dir(dir.path.string()).checklist.has_value());
  dir.write("checklist.toml", "c");
  const auto with_checklist = read_data_dir(dir.path.string());
  REQUIRE(with_checklist.checklist.has_value());
  CHECK(with_checklist.checklist->path == (dir.path / "checklist.toml").string());
  CHECK(with_checklist.checklist->text == "c");
}

TEST_CASE("read_data_dir: the fixture directory") {
  const auto files = read_data_dir(CPCOST_FIXTURES "/data").destinations;
  REQUIRE(files.size() == 1);
  CHECK(files[0].path.ends_with("destinations/testland.toml"));
}

TEST_CASE("read_data_dir: a missing or empty directory is a data error") {
  TempDir dir;
  CHECK_THROWS_WITH_AS(read_data_dir((dir.path / "nope").string()),
                       ((dir.path / "nope").string() + ": not a data directory (no such directory)").c_str(), Error);
  dir.write("file", "x");
  CHECK_THROWS_WITH_AS(read_data_dir((dir.path / "file").string()),
                       ((dir.path / "file").string() + ": not a data directory (not a directory)").c_str(), Error);
  CHECK_THROWS_WITH_AS(read_data_dir(dir.path.string()),
                       ((dir.path / "destinations").string() +
                        ": no such directory (a data directory holds destinations/*.toml)")
                           .c_str(),
                       Error);
  fs::create_directories(dir.path / "destinations");
  CHECK_THROWS_WITH_AS(read_data_dir(dir.path.string()),
                       ((dir.path / "destinations").string() + ": no destination files (*.toml)").c_str(), Error);
}

TEST_CASE("read_data_dir: every data file must be a regular file: a FIFO is refused at once") {
  TempDir dir;
  dir.write("destinations/a.toml", "a");
  const fs::path fifo = dir.path / "destinations" / "x.toml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(read_data_dir(dir.path.string()), (fifo.string() + ": not a regular file (a FIFO)").c_str(), Error);
  fs::remove(fifo);
  REQUIRE(::mkfifo((dir.path / "checklist.toml").c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(read_data_dir(dir.path.string()),
                       ((dir.path / "checklist.toml").string() + ": not a regular file (a FIFO)").c_str(), Error);
}

TEST_CASE("read_data_dir: each file within its limit, and all of them within theirs") {
  TempDir dir;
  const std::string comment = "#" + std::string(1'000'000, 'x') + "\n";
  for (int i = 0; i < 8; ++i) dir.write("destinations/" + std::to_string(i) + ".toml", comment);
  CHECK(read_data_dir(dir.path.string()).destinations.size() == 8);  // 8,000,016 bytes: within 8 MiB
  dir.write("destinations/8.toml", comment);
  CHECK_THROWS_WITH_AS(read_data_dir(dir.path.string()),
                       (dir.path.string() + ": too large (its data files together hold over 8 MiB, the limit)").c_str(),
                       Error);
  fs::remove_all(dir.path / "destinations");
  dir.write("destinations/big.toml", std::string(kMaxTomlFile + 1, '#'));
  CHECK_THROWS_WITH_AS(read_data_dir(dir.path.string()),
                       ((dir.path / "destinations" / "big.toml").string() +
                        ": too large (1,048,577 bytes; the limit is 1 MiB)").c_str(),
                       Error);
}
