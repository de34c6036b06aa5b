/** Help texts, one per command; `gai --help` lists the commands. */
export const help: Record<string, string> & { main: string } = {
  main: `gai — read, check and render 政府信息公开工作年度报告

Usage: gai <command> [options] FILE…

Commands:
  parse    read reports (text, HTML or JSON) into the canonical model
  check    check reports against the 勾稽 rules
  render   write a report as Markdown, HTML, CSV, text or JSON
  demo     parse and check the example reports bundled with gai

FILE may be a file, a folder (read recursively) or - for standard input.
Run gai <command> --help for the options of a command.

Exit status: 0 no errors, 1 rule errors found, 2 an input could not be read or a usage error,
130 / 143 stopped by Ctrl-C / SIGTERM.
`,
  parse: `Usage: gai parse [options] FILE…

Read reports and print the canonical model.

Options:
  --to json|jsonl|csv  output format (default json); jsonl is one model per line; csv is one
                       tidy file for all inputs, one line per cell (the source column names each)
  --out DIR            write one file per input into DIR instead of standard output, named as
                       below the folder given: a/b.txt → DIR/a/b.csv (.json, .jsonl); each file is
                       written under a temporary name and renamed when whole
  --resume             with --out: leave the inputs whose output file is already in DIR, to
                       finish an interrupted run
  --jobs N             read on N threads (default: all cores; 1 reads in this thread, a
                       file over 32 MB on a thread of its own)
  --timeout SECONDS    give up a file that takes longer (default 60, 0 for none): it is reported
                       as failed, its thread is replaced and the run goes on (small text and HTML
                       files read in this thread are not timed; with --jobs 1 the timeout applies
                       only when given, reading then on one thread)
  --from KIND            reader to use: text, html, pdf, docx, doc or json
                         (default: judged from each file's content)
  --encoding NAME      decode input bytes as NAME (e.g. gbk) instead of detecting
  --locale zh|en       language of messages (default zh)
  --quiet              no progress bar, no warnings, no summary (failures are still reported)
  -h, --help           show this help

FILE may be a file, a folder (read recursively), a glob such as 'reports/**/*.html', or -.
Ctrl-C or SIGTERM stops the run: files under way are dropped, standard output ends at a whole
line (whole CSV lines, whole JSON lines; a JSON array is closed), --out leaves whole files only.
Exit status: 0 every input read, 2 some input could not be read (the run goes on), 130 after
Ctrl-C, 143 after SIGTERM.
`,
  check: `Usage: gai check [options] FILE…

Check reports against the 勾稽 rules and print the diagnostics. Reports of one organ for
consecutive years are also checked against each other (carry-over, stock).

Options:
  --reporter pretty|json|vfile|github   output format:
                           pretty (default): gai's own, with the source line, a caret under
                             the cell and the rule; vfile-reporter cannot show those
                           json: exactly what vfile-reporter-json prints, one entry per file
                           vfile: vfile-reporter's format, as unified tools print
                           github: GitHub Actions annotations
  --locale zh|en           language of messages (default zh)
  --rule ID=off|info|warn|error   set the severity of a rule or of a reader's diagnostic
                           (e.g. value-without-cell); off drops it (repeatable)
  --blank-as-zero          compute relations over blank cells as if they were 0
  --no-info                leave out "not assessable" messages
  --max-warnings N         exit 1 when there are more than N warnings
  --group-by organ|dir|regex:PATTERN   how reports of one organ are grouped across years
                           (default organ name; regex: the pattern's first group in the path)
  --jobs N                 read on N threads (default: all cores)
  --timeout SECONDS        give up a file that takes longer (default 60, 0 for none)
  --quiet                  no progress bar and no summary
  --from KIND              reader to use: text, html, pdf, docx, doc or json
                           (default: judged from content)
  --encoding NAME          decode input bytes as NAME
  -h, --help               show this help

Settings may also come from gai.config.json, found upward from the working folder:
  { "rules": { "stock": "off", "label-approximate": "off" }, "blankAsZero": false, "locale": "en", "maxWarnings": 10, "groupBy": "organ" }
Flags win over the file.

Exit status: 0 no errors, 1 errors found, 2 an input could not be read, 130 / 143 stopped by
Ctrl-C / SIGTERM.
`,
  render: `Usage: gai render [options] FILE

Render a report.

Options:
  --to md|html|csv|csv-wide|txt|json   output format (default md)
  --document           with --to html: a whole HTML document, not a fragment
  --from KIND            reader to use: text, html, pdf, docx, doc or json
                         (default: judged from content)
  --encoding NAME      decode input bytes as NAME
  -h, --help           show this help
`,
  demo: `Usage: gai demo [FOLDER]

Parse and check the example reports (default: those shipped with gai, a copy of its
examples/reports folder) and print what was found in each. Exits 2 when no report could be read.
`,
}
