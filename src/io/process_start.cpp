#include "io/process_start.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace cpcost {

void open_standard_descriptors() {
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    // The lowest free descriptor is fd itself (those below are open by now);
    // dup2 only in case it is not.
    const int null = open("/dev/null", O_RDWR);
    if (null < 0) return;  // nothing better to put there: carry on as we were started
    if (null != fd) {
      dup2(null, fd);
      close(null);
    }
  }
}

void report_file_size_limit_as_error() { std::signal(SIGXFSZ, SIG_IGN); }

}  // namespace cpcost
