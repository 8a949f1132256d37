#include "io/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/error.hpp"

namespace cpcost {

namespace {

constexpr std::size_t kBufferSize = 1 << 16;

// The temporary file being written, for the signal handler to remove: a fixed
// buffer, because only async-signal-safe calls may touch it there.
char g_temporary[4096] = {};

void remove_temporary_and_die(int signal) {
  if (g_temporary[0] != '\0') unlink(g_temporary);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void on_interrupt_remove_temporary() {
  for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) std::signal(signal, remove_temporary_and_die);
}

[[noreturn]] void fail(const std::string& what) {
  throw Error(ErrorKind::output, what + ": " + std::strerror(errno));
}

}  // namespace

Output::Output() { buffer_.reserve(kBufferSize); }

Output::Output(const std::string& path) : path_(path) {
  buffer_.reserve(kBufferSize);
  // A device or a pipe (-o /dev/stdout) cannot be replaced: it is written as it is.
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode)) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) fail("--output: cannot open " + path);
    return;
  }
  const auto slash = path.rfind('/');
  const std::string directory = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty()) throw Error(ErrorKind::output, "--output: '" + path + "' names a directory, not a file");
  std::string pattern = directory + "." + name + ".cpcost-XXXXXX";
  if (pattern.size() >= sizeof g_temporary) throw Error(ErrorKind::output, "--output: '" + path + "' is too long");
  fd_ = mkstemp(pattern.data());
  if (fd_ < 0) fail("--output: cannot create a file in " + (directory.empty() ? std::string(".") : directory));
  temporary_ = pattern;
  std::memcpy(g_temporary, temporary_.c_str(), temporary_.size() + 1);
  on_interrupt_remove_temporary();
  // mkstemp makes the file private (0600); a report is as readable as any file the user makes.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd_, 0666 & ~mask);
}

Output::~Output() {
  if (path_.empty() || committed_) return;
  if (temporary_.empty()) {
    close(fd_);
    return;
  }
  close(fd_);
  unlink(temporary_.c_str());
  g_temporary[0] = '\0';
}

void Output::write(std::string_view text) {
  if (buffer_.size() + text.size() > kBufferSize) flush();
  if (text.size() > kBufferSize) {
    buffer_.assign(text);
    flush();
    return;
  }
  buffer_ += text;
}

void Output::flush() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t written = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (written < 0) {
      if (errno == EINTR) continue;
      fail(path_.empty() ? "cannot write output" : "cannot write " + path_);
    }
    done += static_cast<std::size_t>(written);
  }
  buffer_.clear();
}

void Output::commit() {
  flush();
  if (path_.empty()) return;
  if (temporary_.empty()) {  // a device or a pipe
    committed_ = true;
    if (close(fd_) != 0) fail("cannot write " + path_);
    return;
  }
  if (fsync(fd_) != 0 || close(fd_) != 0) fail("cannot write " + path_);
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) fail("cannot replace " + path_);
  committed_ = true;
  g_temporary[0] = '\0';
}

}  // namespace cpcost
