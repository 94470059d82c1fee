#include "store/sqlite/import_sorter.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <system_error>
#include <utility>

namespace lct::store::sqlite {
namespace {

// A row in the sorter's buffers and file: this head, then the period's bytes, then the note's.
// Copied with memcpy, never cast, so the bytes need no alignment.
struct RecordHead {
  std::int64_t indicator = 0;
  std::int64_t place = 0;
  std::int64_t line = 0;
  double value = 0;
  double lower = 0;
  double upper = 0;
  std::int32_t column = 0;
  std::uint32_t note_size = 0;
  std::uint16_t period_size = 0;
  std::uint8_t present = 0;  // bit 0: value, bit 1: lower, bit 2: upper
  std::uint8_t status = 0;
  std::uint32_t reserved = 0;  // explicit, so that no byte written to the file is uninitialised
};
static_assert(sizeof(RecordHead) == 64, "RecordHead has no hidden padding");

constexpr std::size_t kHead = sizeof(RecordHead);
constexpr std::size_t kWriteChunk = std::size_t{1} << 20;
constexpr std::size_t kMinReadBuffer = std::size_t{16} << 10;
constexpr std::size_t kMaxReadBuffer = std::size_t{1} << 20;

RecordHead HeadAt(const char* record) {
  RecordHead head;
  std::memcpy(&head, record, kHead);
  return head;
}

std::size_t RecordSize(const RecordHead& head) { return kHead + head.period_size + head.note_size; }

template <typename T>
T FieldAt(const char* record, std::size_t offset) {
  T value;
  std::memcpy(&value, record + offset, sizeof(T));
  return value;
}

std::string_view PeriodAt(const char* record) {
  return {record + kHead, FieldAt<std::uint16_t>(record, offsetof(RecordHead, period_size))};
}

// Orders by (indicator, place, period as bytes, like SQLite's BINARY collation).
int CompareKeys(const char* a, const char* b) {
  const auto ai = FieldAt<std::int64_t>(a, offsetof(RecordHead, indicator));
  const auto bi = FieldAt<std::int64_t>(b, offsetof(RecordHead, indicator));
  if (ai != bi) return ai < bi ? -1 : 1;
  const auto ap = FieldAt<std::int64_t>(a, offsetof(RecordHead, place));
  const auto bp = FieldAt<std::int64_t>(b, offsetof(RecordHead, place));
  if (ap != bp) return ap < bp ? -1 : 1;
  const int c = PeriodAt(a).compare(PeriodAt(b));
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

SortedRow Decode(const char* record) {
  const RecordHead head = HeadAt(record);
  SortedRow row;
  row.indicator = IndicatorId{head.indicator};
  row.place = PlaceId{head.place};
  row.period = {record + kHead, head.period_size};
  if ((head.present & 1U) != 0) row.value = head.value;
  if ((head.present & 2U) != 0) row.lower = head.lower;
  if ((head.present & 4U) != 0) row.upper = head.upper;
  row.status = static_cast<domain::ObservationStatus>(head.status);
  row.note = {record + kHead + head.period_size, head.note_size};
  row.from = {head.line, head.column};
  return row;
}

Error FileError(std::string_view what, int error_number) {
  return {ErrorCode::kUnavailable, "the import's temporary file: " + std::string(what) + ": " +
                                       std::generic_category().message(error_number)};
}

// An unlinked temporary file, closed when destroyed.
class TempFile {
 public:
  TempFile() = default;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
  }

  Status Open() {
    const char* dir = std::getenv("TMPDIR");
    std::string path =
        std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/lct-import-XXXXXX";
    fd_ = ::mkstemp(path.data());
    if (fd_ < 0) return FileError("cannot create it in " + path, errno);
    ::unlink(path.c_str());  // gone from the directory; the data lives while fd_ is open
    return Ok();
  }
  [[nodiscard]] bool open() const { return fd_ >= 0; }

  // Appends `size` bytes; returns where they start.
  Result<std::uint64_t> Append(const char* data, std::size_t size) {
    const std::uint64_t at = size_;
    while (size > 0) {
      const ssize_t n = ::write(fd_, data, size);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return FileError("cannot write", n < 0 ? errno : ENOSPC);
      data += n;
      size -= static_cast<std::size_t>(n);
      size_ += static_cast<std::uint64_t>(n);
    }
    return at;
  }

  // Reads up to `size` bytes at `offset`; returns how many (0 only at the end of the file).
  Result<std::size_t> ReadAt(char* data, std::size_t size, std::uint64_t offset) const {
    while (true) {
      const ssize_t n = ::pread(fd_, data, size, static_cast<off_t>(offset));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return FileError("cannot read", errno);
      return static_cast<std::size_t>(n);
    }
  }

  [[nodiscard]] std::uint64_t size() const { return size_; }

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

// Where a buffered row's key sits, for sorting without moving the row.
struct SortKey {
  std::int64_t indicator = 0;
  std::int64_t place = 0;
  std::size_t offset = 0;  // in the buffer; rows added later sit further on
};

// One sorted run being read: either the rows still in memory or a stretch of the file.
class RunCursor {
 public:
  virtual ~RunCursor() = default;
  [[nodiscard]] virtual const char* current() const = 0;  // null once the run is done
  [[nodiscard]] virtual Status Advance() = 0;
};

class MemoryRun final : public RunCursor {
 public:
  MemoryRun(const std::vector<char>& buffer, const std::vector<SortKey>& keys)
      : buffer_(buffer), keys_(keys) {}
  [[nodiscard]] const char* current() const override {
    return next_ < keys_.size() ? buffer_.data() + keys_[next_].offset : nullptr;
  }
  Status Advance() override {
    ++next_;
    return Ok();
  }

 private:
  const std::vector<char>& buffer_;
  const std::vector<SortKey>& keys_;
  std::size_t next_ = 0;
};

class FileRun final : public RunCursor {
 public:
  FileRun(const TempFile& file, std::uint64_t begin, std::uint64_t end, std::size_t buffer)
      : file_(file), position_(begin), end_(end), buffer_(buffer) {}

  // Reads the run's first row.
  Status Start() { return Load(); }
  [[nodiscard]] const char* current() const override {
    return done_ ? nullptr : buffer_.data() + start_;
  }
  Status Advance() override {
    start_ += RecordSize(HeadAt(buffer_.data() + start_));
    return Load();
  }

 private:
  // Makes the row at start_ whole in the buffer, or marks the run done.
  Status Load() {
    if (start_ == filled_ && position_ == end_) {
      done_ = true;
      return Ok();
    }
    if (auto status = Have(kHead); !status) return status;
    return Have(RecordSize(HeadAt(buffer_.data() + start_)));
  }

  // At least `need` bytes from start_ in the buffer.
  Status Have(std::size_t need) {
    if (filled_ - start_ >= need) return Ok();
    std::memmove(buffer_.data(), buffer_.data() + start_, filled_ - start_);
    filled_ -= start_;
    start_ = 0;
    if (buffer_.size() < need) buffer_.resize(need);
    while (filled_ < need) {
      const auto want = static_cast<std::size_t>(
          std::min<std::uint64_t>(buffer_.size() - filled_, end_ - position_));
      if (want == 0) return Internal("the import's temporary file ends inside a row");
      auto got = file_.ReadAt(buffer_.data() + filled_, want, position_);
      if (!got) return got.error();
      if (*got == 0) return Internal("the import's temporary file is shorter than written");
      filled_ += *got;
      position_ += *got;
    }
    return Ok();
  }

  const TempFile& file_;
  std::uint64_t position_;  // next byte of the file to read
  std::uint64_t end_;
  std::vector<char> buffer_;
  std::size_t start_ = 0;   // the current row
  std::size_t filled_ = 0;  // bytes of the buffer holding data
  bool done_ = false;
};

}  // namespace

struct ImportSorter::State {
  std::size_t budget = 0;
  std::vector<char> buffer;  // rows not yet written to the file, as records
  std::vector<SortKey> keys;
  TempFile file;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> runs;  // [begin, end) in the file
  // Reading: one cursor per run, the rows in memory last (they were added last); a heap of the
  // cursors that still have rows, smallest row first; the cursor that gave the last row.
  std::vector<std::unique_ptr<RunCursor>> cursors;
  std::vector<std::size_t> heap;
  std::optional<std::size_t> last;
  bool finished = false;

  void SortBuffer() {
    const char* base = buffer.data();
    std::sort(keys.begin(), keys.end(), [base](const SortKey& a, const SortKey& b) {
      if (a.indicator != b.indicator) return a.indicator < b.indicator;
      if (a.place != b.place) return a.place < b.place;
      const int c = PeriodAt(base + a.offset).compare(PeriodAt(base + b.offset));
      if (c != 0) return c < 0;
      return a.offset < b.offset;
    });
  }

  // Sorts the buffered rows and appends them to the file as one run.
  Status Spill() {
    if (!file.open()) {
      if (auto status = file.Open(); !status) return status;
    }
    SortBuffer();
    const std::uint64_t begin = file.size();
    std::vector<char> out;
    out.reserve(kWriteChunk);
    for (const SortKey& key : keys) {
      const char* record = buffer.data() + key.offset;
      const std::size_t size = RecordSize(HeadAt(record));
      if (!out.empty() && out.size() + size > kWriteChunk) {
        if (auto at = file.Append(out.data(), out.size()); !at) return at.error();
        out.clear();
      }
      out.insert(out.end(), record, record + size);
    }
    if (!out.empty()) {
      if (auto at = file.Append(out.data(), out.size()); !at) return at.error();
    }
    runs.emplace_back(begin, file.size());
    buffer.clear();
    keys.clear();
    return Ok();
  }

  // Heap order: the smallest row first; of equal keys, the earlier run's (added earlier).
  [[nodiscard]] bool Later(std::size_t a, std::size_t b) const {
    const int c = CompareKeys(cursors[a]->current(), cursors[b]->current());
    return c != 0 ? c > 0 : a > b;
  }
};

ImportSorter::ImportSorter(std::size_t budget) : state_(std::make_unique<State>()) {
  state_->budget = budget;
}

ImportSorter::~ImportSorter() = default;

std::size_t ImportSorter::spilled_runs() const { return state_->runs.size(); }

Status ImportSorter::Add(const domain::Observation& row, StagedFrom from) {
  State& s = *state_;
  if (s.finished) return Internal("a row was added to an import after its last row");
  if (row.period.size() > std::numeric_limits<std::uint16_t>::max() ||
      row.note.size() > std::numeric_limits<std::uint32_t>::max()) {
    return InvalidArgument("a period or note is too long to import");
  }
  RecordHead head;
  head.indicator = row.indicator.value;
  head.place = row.place.value;
  head.line = from.line;
  head.column = from.column;
  head.value = row.value.value_or(0.0);
  head.lower = row.lower.value_or(0.0);
  head.upper = row.upper.value_or(0.0);
  head.present = static_cast<std::uint8_t>((row.value ? 1U : 0U) | (row.lower ? 2U : 0U) |
                                           (row.upper ? 4U : 0U));
  head.status = static_cast<std::uint8_t>(row.status);
  head.period_size = static_cast<std::uint16_t>(row.period.size());
  head.note_size = static_cast<std::uint32_t>(row.note.size());
  const std::size_t size = RecordSize(head);
  const std::size_t held = s.buffer.size() + (s.keys.size() + 1) * sizeof(SortKey);
  if (!s.keys.empty() && held + size > s.budget) {
    if (auto status = s.Spill(); !status) return status;
  }
  if (s.buffer.capacity() == 0) s.buffer.reserve(s.budget);
  const std::size_t offset = s.buffer.size();
  s.buffer.resize(offset + size);
  char* out = s.buffer.data() + offset;
  std::memcpy(out, &head, kHead);
  std::copy(row.period.begin(), row.period.end(), out + kHead);
  std::copy(row.note.begin(), row.note.end(), out + kHead + row.period.size());
  s.keys.push_back({head.indicator, head.place, offset});
  ++rows_;
  return Ok();
}

Status ImportSorter::Finish() {
  State& s = *state_;
  if (s.finished) return Ok();
  s.finished = true;
  const std::size_t share =
      std::clamp(s.budget / (s.runs.size() + 1), kMinReadBuffer, kMaxReadBuffer);
  for (const auto& [begin, end] : s.runs) {
    auto run = std::make_unique<FileRun>(s.file, begin, end, share);
    if (auto status = run->Start(); !status) return status;
    s.cursors.push_back(std::move(run));
  }
  s.SortBuffer();
  s.cursors.push_back(std::make_unique<MemoryRun>(s.buffer, s.keys));
  const auto later = [&s](std::size_t a, std::size_t b) { return s.Later(a, b); };
  for (std::size_t k = 0; k < s.cursors.size(); ++k) {
    if (s.cursors[k]->current() != nullptr) s.heap.push_back(k);
  }
  std::make_heap(s.heap.begin(), s.heap.end(), later);
  return Ok();
}

Result<std::optional<SortedRow>> ImportSorter::Next() {
  State& s = *state_;
  if (!s.finished) return Internal("an import's rows were read before its last row was added");
  const auto later = [&s](std::size_t a, std::size_t b) { return s.Later(a, b); };
  if (s.last) {
    RunCursor& cursor = *s.cursors[*s.last];
    if (auto status = cursor.Advance(); !status) return status.error();
    if (cursor.current() != nullptr) {
      s.heap.push_back(*s.last);
      std::push_heap(s.heap.begin(), s.heap.end(), later);
    }
    s.last.reset();
  }
  if (s.heap.empty()) return std::optional<SortedRow>{};
  std::pop_heap(s.heap.begin(), s.heap.end(), later);
  s.last = s.heap.back();
  s.heap.pop_back();
  return std::optional<SortedRow>{Decode(s.cursors[*s.last]->current())};
}

}  // namespace lct::store::sqlite
