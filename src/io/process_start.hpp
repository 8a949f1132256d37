#pragma once
// What the process needs before anything else runs: main calls these first.

namespace cpcost {

// Each of descriptors 0, 1 and 2 that is closed at start (cpcost 2>&-) is
// opened on /dev/null. Left closed, it would be the next file cpcost opens:
// a report's file would become descriptor 2, and the error lines meant for
// standard error would be written into the report.
void open_standard_descriptors();

// SIGXFSZ ignored: a write past the file size limit (ulimit -f) then fails
// with EFBIG, reported as an output error (exit 4) that removes the unfinished
// file, instead of killing the process with a core dump.
void report_file_size_limit_as_error();

}  // namespace cpcost
