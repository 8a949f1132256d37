/* A counting allocator for bench/run.py, preloaded (LD_PRELOAD) into one run
   of cpcost: it counts each call that allocates (malloc, calloc, realloc and
   the aligned ones; libstdc++'s operator new calls malloc) and, at exit, writes
   the count to the file CPCOST_ALLOC_COUNT names. glibc's own entry points
   (__libc_malloc, ...) do the work, so that no dlsym is needed at start-up.
   Built by the bench: cc -O2 -shared -fPIC count_allocs.c -o count_allocs.so */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

extern void* __libc_malloc(size_t size);
extern void* __libc_calloc(size_t count, size_t size);
extern void* __libc_realloc(void* pointer, size_t size);
extern void* __libc_memalign(size_t alignment, size_t size);

static unsigned long long allocations;

static void counted(void) { __atomic_add_fetch(&allocations, 1, __ATOMIC_RELAXED); }

void* malloc(size_t size) {
  counted();
  return __libc_malloc(size);
}

void* calloc(size_t count, size_t size) {
  counted();
  return __libc_calloc(count, size);
}

void* realloc(void* pointer, size_t size) {
  counted();
  return __libc_realloc(pointer, size);
}

void* aligned_alloc(size_t alignment, size_t size) {
  counted();
  return __libc_memalign(alignment, size);
}

void* memalign(size_t alignment, size_t size) {
  counted();
  return __libc_memalign(alignment, size);
}

int posix_memalign(void** out, size_t alignment, size_t size) {
  counted();
  void* pointer = __libc_memalign(alignment, size);
  if (!pointer) return 12; /* ENOMEM */
  *out = pointer;
  return 0;
}

__attribute__((destructor)) static void report(void) {
  const char* path = getenv("CPCOST_ALLOC_COUNT");
  if (!path) return;
  const unsigned long long total = allocations;
  FILE* file = fopen(path, "w");
  if (!file) return;
  fprintf(file, "%llu\n", total);
  fclose(file);
}
