#include "io/process_start.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <string>

namespace {

// Runs body in a child process and returns its exit code (-1: ended by a signal).
template <typename Body>
int in_child(Body body) {
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) _exit(body());
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool is_dev_null(int fd) {
  struct stat status {}, null {};
  return fstat(fd, &status) == 0 && stat("/dev/null", &null) == 0 && S_ISCHR(status.st_mode) &&
         status.st_rdev == null.st_rdev;
}

}  // namespace

TEST_CASE("process start: closed standard descriptors are opened on /dev/null, open ones left alone") {
  CHECK(in_child([] {
          int ends[2];
          if (pipe(ends) != 0 || dup2(ends[1], STDOUT_FILENO) < 0) return 1;  // 1 open, on a pipe
          close(STDIN_FILENO);
          close(STDERR_FILENO);
          cpcost::open_standard_descriptors();
          if (!is_dev_null(STDIN_FILENO) || !is_dev_null(STDERR_FILENO)) return 2;
          if (is_dev_null(STDOUT_FILENO)) return 3;
          // The next file opened is not one of them.
          const int next = open("/dev/null", O_RDONLY);
          return next > STDERR_FILENO ? 0 : 4;
        }) == 0);
  CHECK(in_child([] {
          close(STDIN_FILENO);
          close(STDOUT_FILENO);
          close(STDERR_FILENO);
          cpcost::open_standard_descriptors();
          return is_dev_null(STDIN_FILENO) && is_dev_null(STDOUT_FILENO) && is_dev_null(STDERR_FILENO) ? 0 : 1;
        }) == 0);
}

TEST_CASE("process start: a write past the file size limit fails with EFBIG instead of ending the process") {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("cpcost-fsize-" + std::to_string(getpid()))).string();
  CHECK(in_child([&path] {
          cpcost::report_file_size_limit_as_error();
          const rlimit limit{4096, 4096};
          if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return 1;
          const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
          if (fd < 0) return 2;
          const std::string block(8192, 'x');
          const ssize_t first = write(fd, block.data(), block.size());  // up to the limit
          const ssize_t second = write(fd, block.data(), block.size());
          return first == 4096 && second == -1 && errno == EFBIG ? 0 : 3;
        }) == 0);
  std::remove(path.c_str());
}
