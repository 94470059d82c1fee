// Internal to render/: writes headings, paragraphs and lists as plain text (wrapped at 80
// columns) or as Markdown (text escaped), for the guide's command-line output.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lct::render::detail {

enum class TextFormat { kText, kMarkdown };

class TextWriter {
 public:
  explicit TextWriter(TextFormat format) : format_(format) {}

  // depth 1, 2, 3...: "# Title" in Markdown; underlined with '=' or '-' (depth 1, 2), or
  // followed by a colon (deeper) in plain text.
  void Heading(int depth, std::string_view text);
  void Paragraph(std::string_view text);
  // "Label: text" as a paragraph, the label in bold in Markdown.
  void Labelled(std::string_view label, std::string_view text);
  // One list item: `marker` is "-" or "1."; `details` are indented under it. `text` and
  // `details` are written as given: escape them with Escape() first.
  void Item(std::string_view marker, std::string_view text,
            const std::vector<std::string>& details = {});
  // Ends a list with a blank line.
  void EndList();

  [[nodiscard]] std::string Take() { return std::move(out_); }
  [[nodiscard]] bool markdown() const { return format_ == TextFormat::kMarkdown; }

  // Markdown: the text with its special characters escaped; plain text: unchanged.
  [[nodiscard]] std::string Escape(std::string_view text) const;
  // Markdown: `text` in bold; plain text: unchanged.
  [[nodiscard]] std::string Strong(std::string_view text) const;

 private:
  // Appends `text` wrapped (plain text only) with `first` before the first line and `indent`
  // before the others.
  void Wrapped(std::string_view first, std::string_view indent, std::string_view text);

  TextFormat format_;
  std::string out_;
};

}  // namespace lct::render::detail
