#include "data/data_file.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "temp_dir.hpp"

using namespace cpcost;
namespace fs = std::filesystem;

using testing::TempDir;

namespace {

}  // namespace

TEST_CASE("data file: a regular file is read whole, up to its limit") {
  TempDir dir;
  CHECK(read_data_file(dir.write("a.toml", "id = \"a\"\n")).text == "id = \"a\"\n");
  CHECK(read_data_file(dir.write("empty.toml", "")).text.empty());
  const std::string at_limit(kMaxTomlFile, '#');
  CHECK(read_data_file(dir.write("full.toml", at_limit)).text == at_limit);
  const std::string over = dir.write("over.toml", at_limit + "\n");
  CHECK_THROWS_WITH_AS(read_data_file(over), (over + ": too large (1,048,577 bytes; the limit is 1 MiB)").c_str(), Error);
  CHECK(read_data_file(over, kMaxSavedResult).text.size() == kMaxTomlFile + 1);
}

TEST_CASE("data file: the size is checked before reading: a sparse 1 GB file is refused at once") {
  TempDir dir;
  const std::string path = dir.write("huge.toml", "");
  fs::resize_file(path, std::uintmax_t{1} << 30);  // takes no disk
  try {
    read_data_file(path);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::data);
    CHECK(std::string(error.what()) == path + ": too large (1,073,741,824 bytes; the limit is 1 MiB)");
  }
}

TEST_CASE("data file: a file whose size is unknown is read no further than its limit") {
  // /proc's files say they hold 0 bytes.
  CHECK_THROWS_WITH_AS(read_data_file("/proc/self/status", 16),
                       "/proc/self/status: too large (over 16 bytes; the limit is 16 bytes)", Error);
  CHECK(read_data_file("/proc/self/status").text.starts_with("Name:"));
}

TEST_CASE("data file: a FIFO, a device, a directory or a socket is refused at once") {
  TempDir dir;
  const std::string fifo = (dir.path / "fifo.toml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // No writer: opening it to read would wait for one, and a read would never end.
  CHECK_THROWS_WITH_AS(read_data_file(fifo), (fifo + ": not a regular file (a FIFO)").c_str(), Error);
  CHECK_THROWS_WITH_AS(read_data_file("/dev/zero"), "/dev/zero: not a regular file (a character device)", Error);
  CHECK_THROWS_WITH_AS(read_data_file(dir.path.string()),
                       (dir.path.string() + ": not a regular file (a directory)").c_str(), Error);

  const std::string socket_path = (dir.path / "s.toml").string();
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(sock >= 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  REQUIRE(socket_path.size() < sizeof address.sun_path);
  std::memcpy(address.sun_path, socket_path.c_str(), socket_path.size() + 1);
  REQUIRE(::bind(sock, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
  CHECK_THROWS_WITH_AS(read_data_file(socket_path), (socket_path + ": not a regular file (a socket)").c_str(), Error);
  ::close(sock);
}

TEST_CASE("data file: a link to a regular file is read, and a missing file cannot be opened") {
  TempDir dir;
  const std::string target = dir.write("target.toml", "x = 1\n");
  fs::create_symlink(target, dir.path / "link.toml");
  CHECK(read_data_file((dir.path / "link.toml").string()).text == "x = 1\n");
  const std::string missing = (dir.path / "missing.toml").string();
  CHECK_THROWS_WITH_AS(read_data_file(missing), (missing + ": cannot open: No such file or directory").c_str(), Error);
}

TEST_CASE("data file: the descriptor open_regular_file gives reads as usual") {
  TempDir dir;
  const int fd = open_regular_file(dir.write("rows.csv", "a,b\n"));
  char buffer[8] = {};
  CHECK(::read(fd, buffer, sizeof buffer) == 4);
  CHECK(std::string(buffer) == "a,b\n");
  CHECK((::fcntl(fd, F_GETFL) & O_NONBLOCK) == 0);
  CHECK((::fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
  ::close(fd);
}

TEST_CASE("data file: limits in words") {
  CHECK(size_in_words(kMaxTomlFile) == "1 MiB");
  CHECK(size_in_words(kMaxSavedResult) == "16 MiB");
  CHECK(size_in_words(std::size_t{64} << 10) == "64 KiB");
  CHECK(size_in_words(1500) == "1,500 bytes");
}
