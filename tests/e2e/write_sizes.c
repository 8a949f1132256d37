/* Records the size of each write(2) of one run of cpcost, for
   tests/e2e/test_batch.py: preloaded (LD_PRELOAD), it keeps each write's
   descriptor and size and, at exit, writes them as "fd size" lines to the file
   CPCOST_WRITE_LOG names. glibc's __write does the writing.
   Built by the test: cc -O2 -shared -fPIC write_sizes.c -o write_sizes.so */

#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

extern ssize_t __write(int fd, const void* buffer, size_t size);

static struct {
  int fd;
  size_t size;
} writes[1 << 16];
static size_t count;

ssize_t write(int fd, const void* buffer, size_t size) {
  if (count < sizeof writes / sizeof writes[0]) {
    writes[count].fd = fd;
    writes[count].size = size;
    ++count;
  }
  return __write(fd, buffer, size);
}

__attribute__((destructor)) static void report(void) {
  const char* path = getenv("CPCOST_WRITE_LOG");
  if (!path) return;
  const size_t recorded = count; /* this report's own writes come after */
  FILE* log = fopen(path, "w");
  if (!log) return;
  for (size_t i = 0; i < recorded; ++i) fprintf(log, "%d %zu\n", writes[i].fd, writes[i].size);
  fclose(log);
}
