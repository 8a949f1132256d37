#include "io/output.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iterator>
#include <random>

#include "core/error.hpp"

// A file report, step by step:
//
// 1. The path is followed through the symbolic links of its last component,
//    with a readlink loop (realpath refuses a file that does not exist yet: a
//    new report, or a link to one). -o through a link writes the file it
//    points to, in that file's directory, and the link stays a link.
// 2. That directory is opened (O_PATH) and every later step is relative to
//    it: the report lands in the directory that was checked at the start.
// 3. The report is written to an anonymous file, openat(dir, ".", O_TMPFILE).
//    It has no name until commit, so nothing can leave it behind: after
//    SIGKILL, SIGXFSZ, a crash or an error the kernel frees it with its last
//    descriptor. No signal handler is needed, so none is installed.
// 4. commit: the previous file's permissions (a new file has 0666 & ~umask,
//    from its creation), fsync, then a name through linkat. linkat reaches the
//    anonymous file through /proc/self/fd/N (AT_SYMLINK_FOLLOW), which any
//    process may use; linkat(fd, "", ..., AT_EMPTY_PATH) needs
//    CAP_DAC_READ_SEARCH, so it is only the second try, for a /proc gone away.
//    linkat never replaces a name, and Linux has no call that links over one
//    (renameat2 moves names, it cannot give a first one). So a new file is
//    linked under its own name directly, and an existing one is replaced by
//    linking under a temporary name beside it and renaming that over it,
//    which is atomic. The catchable signals are held for those two calls: only
//    SIGKILL between them could leave the temporary name.
//
// The fallback, where the file system has no O_TMPFILE (EOPNOTSUPP, or EISDIR
// and EINVAL from kernels before 3.11) or /proc is not mounted: a named
// temporary, .NAME.cpcost-XXXXXX beside the file, renamed over it on commit.
// The destructor removes it, and so does a handler for the signals that end a
// process, installed only on those still at their default action: a signal
// ignored at start stays ignored (nohup). SIGKILL can leave this one behind.

namespace cpcost {

namespace {

constexpr std::size_t kBufferSize = 1 << 16;
constexpr int kMaxLinks = 40;  // the kernel's own limit on links in a path (ELOOP)
constexpr int kAttempts = 100;  // temporary names tried before giving up

// The signals whose default action ends the process.
constexpr int kEndingSignals[] = {SIGHUP,  SIGINT,  SIGQUIT, SIGTERM, SIGPIPE,
                                  SIGALRM, SIGUSR1, SIGUSR2, SIGXCPU, SIGXFSZ};

// The named temporary, for the signal handler to remove: a directory
// descriptor and a name in a fixed buffer, because only async-signal-safe
// calls may touch them there. One file report at a time has one.
volatile std::sig_atomic_t g_armed = 0;
int g_directory = -1;
char g_name[NAME_MAX + 1] = {};
bool g_handled[std::size(kEndingSignals)] = {};

void remove_temporary_and_die(int signal) {
  if (g_armed) unlinkat(g_directory, g_name, 0);
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigaction(signal, &fallback, nullptr);
  raise(signal);  // delivered as the handler returns, now with the default action
}

void arm(int directory, const std::string& name) {
  std::memcpy(g_name, name.c_str(), name.size() + 1);
  g_directory = directory;
  g_armed = 1;
  for (std::size_t i = 0; i < std::size(kEndingSignals); ++i) {
    struct sigaction current {};
    if (sigaction(kEndingSignals[i], nullptr, &current) != 0) continue;
    if ((current.sa_flags & SA_SIGINFO) != 0 || current.sa_handler != SIG_DFL) continue;  // ignored, or someone's
    struct sigaction ours {};
    ours.sa_handler = remove_temporary_and_die;
    sigemptyset(&ours.sa_mask);
    g_handled[i] = sigaction(kEndingSignals[i], &ours, nullptr) == 0;
  }
}

void disarm() {
  g_armed = 0;
  for (std::size_t i = 0; i < std::size(kEndingSignals); ++i) {
    if (!g_handled[i]) continue;
    struct sigaction fallback {};
    fallback.sa_handler = SIG_DFL;
    sigaction(kEndingSignals[i], &fallback, nullptr);
    g_handled[i] = false;
  }
}

// Holds the catchable signals (they are delivered when it ends) for a few
// calls that must not be separated.
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &previous_);
  }
  ~SignalsHeld() { sigprocmask(SIG_SETMASK, &previous_, nullptr); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t previous_;
};

// .NAME.cpcost-XXXXXX: hidden, beside the file, within NAME_MAX however long NAME is.
std::string temporary_name(const std::string& name) {
  static constexpr char kLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static std::mt19937_64 random{std::random_device{}()};
  std::string text = "." + name.substr(0, NAME_MAX - 20) + ".cpcost-";
  for (int i = 0; i < 6; ++i) text += kLetters[random() % (sizeof kLetters - 1)];
  return text;
}

[[noreturn]] void fail(const std::string& what) {
  throw Error(ErrorKind::output, what + ": " + std::strerror(errno));
}

struct Place {
  std::string directory;  // empty (the working directory) or ending in '/'
  std::string name;       // empty when the path ends in '/'
};

Place place_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return {"", path};
  return {path.substr(0, slash + 1), path.substr(slash + 1)};
}

// The file that path names, after the symbolic links of its last component.
Place final_place(const std::string& path) {
  Place place = place_of(path);
  for (int links = 0; !place.name.empty(); ++links) {
    std::string target(PATH_MAX, '\0');
    const ssize_t size = readlink((place.directory + place.name).c_str(), target.data(), target.size());
    if (size < 0 && (errno == EINVAL || errno == ENOENT)) break;  // not a link, or nothing there yet
    if (size < 0) fail("--output: cannot open '" + path + "'");
    if (links == kMaxLinks || static_cast<std::size_t>(size) == target.size()) {
      errno = links == kMaxLinks ? ELOOP : ENAMETOOLONG;
      fail("--output: cannot open '" + path + "'");
    }
    target.resize(static_cast<std::size_t>(size));
    place = place_of(target.starts_with('/') ? target : place.directory + target);
  }
  return place;
}

// Gives the anonymous file open on fd the name `name` in directory.
int link_anonymous(int fd, int directory, const std::string& name) {
  const std::string self = "/proc/self/fd/" + std::to_string(fd);
  if (linkat(AT_FDCWD, self.c_str(), directory, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return 0;
  const int error = errno;
  if (error == ENOENT && linkat(fd, "", directory, name.c_str(), AT_EMPTY_PATH) == 0) return 0;
  errno = error;
  return -1;
}

}  // namespace

Output::Output() { buffer_.reserve(kBufferSize); }

Output::Output(const std::string& path, Temporary temporary) : path_(path) {
  buffer_.reserve(kBufferSize);
  try {
    open_file(temporary);
  } catch (...) {
    close_all();
    throw;
  }
}

void Output::open_file(Temporary temporary) {
  if (path_.empty()) {
    throw Error(ErrorKind::usage, "--output: an empty path (give a file name, or - for standard output)");
  }
  if (path_.back() == '/') throw Error(ErrorKind::output, "--output: '" + path_ + "' names a directory, not a file");
  struct stat status {};
  if (::stat(path_.c_str(), &status) == 0) {
    if (S_ISDIR(status.st_mode)) throw Error(ErrorKind::output, "--output: '" + path_ + "' is a directory, not a file");
    // A device or a pipe (-o /dev/stdout) cannot be replaced: it is written as it is.
    if (!S_ISREG(status.st_mode)) {
      const int fd = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0) fail("--output: cannot open '" + path_ + "'");
      fd_ = fd;
      owns_fd_ = true;
      return;
    }
  } else if (errno != ENOENT) {
    fail("--output: cannot open '" + path_ + "'");
  }

  const Place place = final_place(path_);
  if (place.name.empty()) throw Error(ErrorKind::output, "--output: '" + path_ + "' names a directory, not a file");
  name_ = place.name;
  const std::string directory = place.directory.empty() ? "." : place.directory;
  directory_ = ::open(directory.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (directory_ < 0) fail("--output: cannot create a file in '" + directory + "'");

  if (temporary == Temporary::anonymous && ::access("/proc/self/fd", F_OK) == 0) {
    const int fd = ::openat(directory_, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd >= 0) {
      fd_ = fd;
      owns_fd_ = true;
      return;
    }
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) fail("--output: cannot create a file in '" + directory + "'");
  }
  // The fallback. Signals wait until the handler knows the name.
  const SignalsHeld held;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    const std::string name = temporary_name(name_);
    const int fd = ::openat(directory_, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      fd_ = fd;
      owns_fd_ = true;
      temporary_ = name;
      arm(directory_, temporary_);
      return;
    }
    if (errno != EEXIST) break;
  }
  fail("--output: cannot create a file in '" + directory + "'");
}

Output::~Output() {
  if (!committed_ && !temporary_.empty()) {
    unlinkat(directory_, temporary_.c_str(), 0);
    disarm();
  }
  close_all();
}

void Output::close_all() noexcept {
  // Each descriptor is forgotten as it is closed: none is closed twice.
  if (owns_fd_) ::close(fd_);
  owns_fd_ = false;
  fd_ = -1;
  if (directory_ >= 0) ::close(directory_);
  directory_ = -1;
}

[[gnu::hot]] void Output::write(std::string_view text) {
  if (buffer_.size() + text.size() > kBufferSize) flush();
  if (text.size() >= kBufferSize) {
    // A large piece (a batch's rows come in whole blocks of 256 KiB) goes out as it is: copying it first costs as much as writing it.
    write_all(text);
    return;
  }
  buffer_ += text;
}

void Output::flush() {
  write_all(buffer_);
  buffer_.clear();
}

void Output::write_all(std::string_view text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t written = ::write(fd_, text.data() + done, text.size() - done);
    if (written < 0) {
      if (errno == EINTR) continue;
      fail(path_.empty() ? "cannot write output" : "cannot write '" + path_ + "'");
    }
    done += static_cast<std::size_t>(written);
  }
}

void Output::commit() {
  flush();
  if (directory_ < 0) {  // standard output, a device or a pipe
    committed_ = true;
    if (!owns_fd_) return;
    owns_fd_ = false;
    if (::close(fd_) != 0) fail("cannot write '" + path_ + "'");
    return;
  }
  put_in_place();
  committed_ = true;
  close_all();  // fsync has reported any error of the writes; the file is in place
}

void Output::put_in_place() {
  struct stat previous {};
  if (fstatat(directory_, name_.c_str(), &previous, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(previous.st_mode) &&
      fchmod(fd_, previous.st_mode & 0777) != 0) {
    fail("cannot write '" + path_ + "'");
  }
  if (fsync(fd_) != 0) fail("cannot write '" + path_ + "'");

  const SignalsHeld held;
  if (!temporary_.empty()) {
    if (renameat(directory_, temporary_.c_str(), directory_, name_.c_str()) != 0) fail("cannot replace '" + path_ + "'");
    temporary_.clear();
    disarm();
    return;
  }
  if (link_anonymous(fd_, directory_, name_) == 0) return;  // a new file
  if (errno != EEXIST) fail("cannot write '" + path_ + "'");
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    const std::string name = temporary_name(name_);
    if (link_anonymous(fd_, directory_, name) == 0) {
      if (renameat(directory_, name.c_str(), directory_, name_.c_str()) == 0) return;
      const int error = errno;
      unlinkat(directory_, name.c_str(), 0);
      errno = error;
      fail("cannot replace '" + path_ + "'");
    }
    if (errno != EEXIST) break;
  }
  fail("cannot replace '" + path_ + "'");
}

}  // namespace cpcost
