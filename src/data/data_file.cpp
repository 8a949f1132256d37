#include "data/data_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "core/error.hpp"
#include "core/text.hpp"

namespace cpcost {

namespace {

// What a file that is not a regular file is, for the message refusing it.
std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a file";
}

[[noreturn]] void not_regular(const std::string& path, mode_t mode) {
  throw Error(ErrorKind::data, path + ": not a regular file (" + kind_of(mode) + ")");
}

struct Descriptor {
  int fd;
  ~Descriptor() { ::close(fd); }
};

}  // namespace

std::string size_in_words(std::size_t bytes) {
  if (bytes >= (1 << 20) && bytes % (1 << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (1 << 10) && bytes % (1 << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return group_thousands(bytes) + " bytes";
}

int open_regular_file(const std::string& path) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int error = errno;
    struct stat status {};
    // A socket cannot be opened at all (ENXIO): say what it is.
    if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) not_regular(path, status.st_mode);
    throw Error(ErrorKind::data, path + ": cannot open: " + std::strerror(error));
  }
  struct stat status {};
  if (::fstat(fd, &status) != 0) {
    const int error = errno;
    ::close(fd);
    throw Error(ErrorKind::data, path + ": cannot read: " + std::strerror(error));
  }
  if (!S_ISREG(status.st_mode)) {
    ::close(fd);
    not_regular(path, status.st_mode);
  }
  // Reads from here on wait as usual (a regular file never made them wait, but say so).
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return fd;
}

DataFile read_data_file(const std::string& path, std::size_t limit) {
  const Descriptor file{open_regular_file(path)};
  struct stat status {};
  ::fstat(file.fd, &status);
  auto too_large = [&](std::uint64_t size, bool at_least) {
    return Error(ErrorKind::data, path + ": too large (" + (at_least ? "over " : "") + group_thousands(size) +
                                      " bytes; the limit is " + size_in_words(limit) + ")");
  };
  if (static_cast<std::uint64_t>(status.st_size) > limit) throw too_large(static_cast<std::uint64_t>(status.st_size), false);

  // The size may be wrong (a file still growing, or one of /proc's, which say 0):
  // read no more than the limit and one byte, whatever it said.
  std::string text;
  text.resize(static_cast<std::size_t>(status.st_size) + 1);
  std::size_t done = 0;
  while (true) {
    if (done == text.size()) {
      if (text.size() > limit) throw too_large(limit, true);
      text.resize(std::min(limit + 1, std::max<std::size_t>(text.size() * 2, 4096)));
    }
    const ssize_t got = ::read(file.fd, text.data() + done, text.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw Error(ErrorKind::data, path + ": cannot read: " + std::strerror(errno));
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  text.resize(done);
  return {path, std::move(text)};
}

}  // namespace cpcost
