#include "io/output.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "core/error.hpp"

using namespace cpcost;
namespace fs = std::filesystem;

namespace {

std::string contents(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t files_in(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("cpcost-output-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("output: a file appears whole, on commit") {
  TempDir dir;
  const fs::path report = dir.path / "report.csv";
  {
    Output out(report.string());
    out.write("a,b\r\n");
    out.flush();
    CHECK_FALSE(fs::exists(report));  // not before commit
    out.write(std::string(200000, 'x'));
    out.commit();
  }
  CHECK(contents(report) == "a,b\r\n" + std::string(200000, 'x'));
  CHECK(files_in(dir.path) == 1);
}

TEST_CASE("output: without commit, the previous report stays and no partial one is left") {
  TempDir dir;
  const fs::path report = dir.path / "report.csv";
  std::ofstream(report) << "previous";
  {
    Output out(report.string());
    out.write("half a report");
    out.flush();
  }
  CHECK(contents(report) == "previous");
  CHECK(files_in(dir.path) == 1);
}

TEST_CASE("output: a file that cannot be made is an output error") {
  try {
    Output out("/nonexistent-directory/report.csv");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::output);
    CHECK(std::string(error.what()) ==
          "--output: cannot create a file in /nonexistent-directory/: No such file or directory");
  }
  CHECK_THROWS_WITH_AS(Output("some/dir/"), "--output: 'some/dir/' names a directory, not a file", Error);
}

TEST_CASE("output: a device is written as it is, not replaced") {
  Output out("/dev/null");
  out.write("anything");
  CHECK_NOTHROW(out.commit());
}
