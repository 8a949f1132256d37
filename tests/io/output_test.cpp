#include "io/output.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/error.hpp"
#include "temp_dir.hpp"

using namespace cpcost;
namespace fs = std::filesystem;

using testing::TempDir;

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

std::size_t descriptors_open() { return files_in("/proc/self/fd"); }

mode_t mode_of(const fs::path& path) {
  struct stat status {};
  REQUIRE(::stat(path.c_str(), &status) == 0);
  return status.st_mode & 07777;
}

constexpr int kEndingSignals[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGXFSZ};

// Runs body in a child process (a signal may end it) and returns its wait
// status. The child starts as a program does, each signal at its default
// action: doctest's own handlers are not cpcost's to keep.
int in_child(const std::function<int()>& body) {
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    for (int signal : kEndingSignals) std::signal(signal, SIG_DFL);
    _exit(body());
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  return status;
}

void (*handler_of(int signal))(int) {
  struct sigaction current {};
  sigaction(signal, nullptr, &current);
  return current.sa_handler;
}

bool is_default(int signal) { return handler_of(signal) == SIG_DFL; }

constexpr Output::Temporary kBoth[] = {Output::Temporary::anonymous, Output::Temporary::named};

std::string kind_name(Output::Temporary kind) { return kind == Output::Temporary::anonymous ? "anonymous" : "named"; }

}  // namespace

TEST_CASE("output: a file appears whole, on commit, and nothing else appears beside it") {
  for (const auto kind : kBoth) {
    CAPTURE(kind_name(kind));
    TempDir dir;
    const fs::path report = dir.path / "report.csv";
    {
      Output out(report.string(), kind);
      out.write("a,b\r\n");
      out.flush();
      CHECK_FALSE(fs::exists(report));  // not before commit
      CHECK(files_in(dir.path) == (kind == Output::Temporary::anonymous ? 0 : 1));  // the anonymous file has no name
      out.write(std::string(200000, 'x'));
      out.commit();
    }
    CHECK(contents(report) == "a,b\r\n" + std::string(200000, 'x'));
    CHECK(files_in(dir.path) == 1);
  }
}

TEST_CASE("output: without commit, the previous report stays and no partial one is left") {
  for (const auto kind : kBoth) {
    CAPTURE(kind_name(kind));
    TempDir dir;
    const fs::path report = dir.path / "report.csv";
    std::ofstream(report) << "previous";
    const std::size_t descriptors = descriptors_open();
    {
      Output out(report.string(), kind);
      out.write("half a report");
      out.flush();
    }
    CHECK(contents(report) == "previous");
    CHECK(files_in(dir.path) == 1);
    CHECK(descriptors_open() == descriptors);
  }
}

TEST_CASE("output: an existing file is replaced, and keeps its permissions") {
  for (const auto kind : kBoth) {
    CAPTURE(kind_name(kind));
    TempDir dir;
    const fs::path report = dir.path / "report.csv";
    std::ofstream(report) << "previous";
    fs::permissions(report, fs::perms(0640));
    {
      Output out(report.string(), kind);
      out.write("new");
      out.commit();
    }
    CHECK(contents(report) == "new");
    CHECK(mode_of(report) == 0640);
    CHECK(files_in(dir.path) == 1);
  }
}

TEST_CASE("output: a new file has 0666 less the umask") {
  for (const auto kind : kBoth) {
    CAPTURE(kind_name(kind));
    TempDir dir;
    const mode_t mask = umask(027);
    {
      Output out((dir.path / "report.csv").string(), kind);
      out.commit();
    }
    umask(mask);
    CHECK(mode_of(dir.path / "report.csv") == 0640);
  }
}

TEST_CASE("output: through symbolic links, the file they lead to is written, and the links stay") {
  for (const auto kind : kBoth) {
    CAPTURE(kind_name(kind));
    TempDir dir;
    fs::create_directories(dir.path / "links");
    fs::create_directories(dir.path / "files");
    std::ofstream(dir.path / "files" / "report.csv") << "previous";
    fs::permissions(dir.path / "files" / "report.csv", fs::perms(0640));
    // links/a -> b (relative, same directory) -> ../files/report.csv (relative, another one)
    fs::create_symlink("../files/report.csv", dir.path / "links" / "b");
    fs::create_symlink("b", dir.path / "links" / "a");
    {
      Output out((dir.path / "links" / "a").string(), kind);
      out.write("new");
      out.commit();
    }
    CHECK(contents(dir.path / "files" / "report.csv") == "new");
    CHECK(mode_of(dir.path / "files" / "report.csv") == 0640);
    CHECK(fs::is_symlink(dir.path / "links" / "a"));
    CHECK(fs::is_symlink(dir.path / "links" / "b"));
    CHECK(files_in(dir.path / "links") == 2);
    CHECK(files_in(dir.path / "files") == 1);

    // A link to a file not there yet: the file is made, where the link says.
    fs::create_symlink(dir.path / "files" / "new.csv", dir.path / "links" / "dangling");
    {
      Output out((dir.path / "links" / "dangling").string(), kind);
      out.write("made");
      out.commit();
    }
    CHECK(contents(dir.path / "files" / "new.csv") == "made");
    CHECK(fs::is_symlink(dir.path / "links" / "dangling"));
  }
}

TEST_CASE("output: a loop of links is an output error") {
  TempDir dir;
  fs::create_symlink("b", dir.path / "a");
  fs::create_symlink("a", dir.path / "b");
  const std::string path = (dir.path / "a").string();
  try {
    Output out(path);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::output);
    CHECK(std::string(error.what()) == "--output: cannot open '" + path + "': Too many levels of symbolic links");
  }
}

TEST_CASE("output: a name as long as a name may be, with the temporary's beside it") {
  for (const auto kind : kBoth) {
    CAPTURE(kind_name(kind));
    TempDir dir;
    const fs::path report = dir.path / (std::string(251, 'r') + ".csv");
    std::ofstream(report) << "previous";
    {
      Output out(report.string(), kind);
      out.write("new");
      out.commit();
    }
    CHECK(contents(report) == "new");
    CHECK(files_in(dir.path) == 1);
  }
}

TEST_CASE("output: a file that cannot be made is an output error") {
  try {
    Output out("/nonexistent-directory/report.csv");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::output);
    CHECK(std::string(error.what()) ==
          "--output: cannot create a file in '/nonexistent-directory/': No such file or directory");
  }
  CHECK_THROWS_WITH_AS(Output("some/dir/"), "--output: 'some/dir/' names a directory, not a file", Error);
}

TEST_CASE("output: a directory is refused at the start, an empty path is a usage error") {
  TempDir dir;
  const std::size_t descriptors = descriptors_open();
  try {
    Output out(dir.path.string());
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::output);
    CHECK(std::string(error.what()) == "--output: '" + dir.path.string() + "' is a directory, not a file");
  }
  try {
    Output out("");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) == "--output: an empty path (give a file name, or - for standard output)");
  }
  CHECK(descriptors_open() == descriptors);
}

TEST_CASE("output: a file that turns into a directory during the run: an error, each descriptor closed once") {
  for (const auto kind : kBoth) {
    CAPTURE(kind_name(kind));
    TempDir dir;
    const fs::path report = dir.path / "report.csv";
    const std::size_t descriptors = descriptors_open();
    {
      Output out(report.string(), kind);
      out.write("new");
      fs::create_directories(report / "inside");
      CHECK_THROWS_WITH_AS(out.commit(), ("cannot replace '" + report.string() + "': Is a directory").c_str(), Error);
    }
    CHECK(descriptors_open() == descriptors);
    CHECK(files_in(dir.path) == 1);
    CHECK(files_in(report) == 1);
  }
}

TEST_CASE("output: a device is written as it is, not replaced") {
  const std::size_t descriptors = descriptors_open();
  {
    Output out("/dev/null");
    out.write("anything");
    CHECK_NOTHROW(out.commit());
  }
  CHECK(descriptors_open() == descriptors);
}

TEST_CASE("output: an anonymous temporary needs no signal handler, so none is installed") {
  TempDir dir;
  std::vector<void (*)(int)> before;
  for (int signal : kEndingSignals) before.push_back(handler_of(signal));
  Output out((dir.path / "report.csv").string(), Output::Temporary::anonymous);
  for (std::size_t i = 0; i < std::size(kEndingSignals); ++i) CHECK((handler_of(kEndingSignals[i]) == before[i]));
}

TEST_CASE("output: a named temporary is removed by a signal that ends the run") {
  TempDir dir;
  const fs::path report = dir.path / "report.csv";
  std::ofstream(report) << "previous";
  const int status = in_child([&] {
    Output out(report.string(), Output::Temporary::named);
    out.write("half a report");
    out.flush();
    if (files_in(dir.path) != 2) return 1;
    raise(SIGTERM);
    return 2;  // not reached: SIGTERM ends the process
  });
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(contents(report) == "previous");
  CHECK(files_in(dir.path) == 1);
}

TEST_CASE("output: a signal ignored at start stays ignored (nohup), and handlers go with the temporary") {
  TempDir dir;
  const fs::path report = dir.path / "report.csv";
  const int status = in_child([&] {
    std::signal(SIGHUP, SIG_IGN);
    {
      Output out(report.string(), Output::Temporary::named);
      out.write("first half, ");
      raise(SIGHUP);
      out.write("second half");
      if (is_default(SIGTERM)) return 1;  // the handler that removes the temporary
      out.commit();
    }
    struct sigaction hangup {};
    sigaction(SIGHUP, nullptr, &hangup);
    if (hangup.sa_handler != SIG_IGN) return 2;
    return is_default(SIGTERM) ? 0 : 3;
  });
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(contents(report) == "first half, second half");
  CHECK(files_in(dir.path) == 1);
}
