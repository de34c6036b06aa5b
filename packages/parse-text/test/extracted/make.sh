#!/usr/bin/env bash
# Regenerates the fixtures of this folder: four real reports rendered as HTML pages, printed to
# PDF by two engines, and their text taken out by the tools scrapers use. Not run by the tests.
#
# Needs (Debian): chromium, libreoffice-writer-nogui, poppler-utils, fonts-noto-cjk,
# python3-fitz, python3-pdfminer, python3-docx; and the built `gai` command line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
work=$(mktemp -d)
reports=(08-pingtan-2021 11-pingtan-2024 14-pingtan-czj-2019 03-shanghai-kewei-2024)
cd "$work"
mkdir -p landscape
for r in "${reports[@]}"; do
  node "$root/packages/cli/dist/cli.js" render --to html --document "$root/../shared/corpus/$r.txt" > "$r.html"
  # Writer's page is set wide enough for table 三's eight columns: a narrower page cuts off the
  # 总计 column, and its figures with it.
  sed 's|</head>|<style>@page { size: 29.7cm 21cm; margin: 1.5cm } table { font-size: 8pt }</style></head>|' "$r.html" > "landscape/$r.html"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --user-data-dir="$work/profile" --no-pdf-header-footer --print-to-pdf="$r.chrome.pdf" "file://$work/$r.html"
done
(cd landscape && soffice --headless --convert-to docx:"MS Word 2007 XML" ./*.html && soffice --headless --convert-to pdf ./*.docx \
  && soffice --headless --convert-to "txt:Text (encoded):UTF8" ./*.docx)
for r in "${reports[@]}"; do
  for mode in layout raw plain; do
    flag=$([ "$mode" = plain ] && echo "" || echo "-$mode")
    pdftotext $flag -enc UTF-8 "$r.chrome.pdf" "$here/$r.chrome-pdftotext-$mode.txt"
    pdftotext $flag -enc UTF-8 "landscape/$r.pdf" "$here/$r.writer-pdftotext-$mode.txt"
  done
  cp "landscape/$r.txt" "$here/$r.writer-docx-text.txt"
  # The same PDFs as HTML pages of positioned text, for @gai/parse-html's tests.
  html="$root/packages/parse-html/test/pdftohtml"
  mkdir -p "$html"
  pdftohtml -s -i -noframes -q "$r.chrome.pdf" "$html/$r.chrome"
  pdftohtml -s -i -noframes -q "landscape/$r.pdf" "$html/$r.writer"
done
"${PYTHON:-/usr/bin/python3}" "$here/extract.py" "$work" "$here" "${reports[@]}"
# What each page printed, cell by cell: the truth the tests compare with.
node -e '
const fs = require("fs"); const [dir, out, ...reports] = process.argv.slice(1); const printed = {}
for (const r of reports) {
  const html = fs.readFileSync(`${dir}/${r}.html`, "utf8"); const cells = {}
  for (const m of html.matchAll(/data-cell="([^"]+)">([^<]*)</g)) cells[m[1]] = m[2] === "" ? null : Number(m[2])
  printed[r] = { format: /data-format="(\d+)"/.exec(html)[1], cells }
}
fs.writeFileSync(out, JSON.stringify(printed, null, 1) + "\n")' "$work" "$here/printed.json" "${reports[@]}"
cp "$here/printed.json" "$root/packages/parse-html/test/pdftohtml/printed.json"
