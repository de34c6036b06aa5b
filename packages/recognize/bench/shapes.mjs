// Hostile inputs for the adversarial benchmark, each built to about `bytes` bytes (UTF-8), as
// text (for parseText) and as HTML (for parseHtml). Deterministic: the same input on every run.
const row = '（一）予以公开 1 2 3 4 5 6 7'
const titles = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']
const cellsOf = (line) => line.split(' ').map((c) => `<td>${c}</td>`).join('')

/** `unit` repeated until the whole is at least `bytes` long, joined by `sep`. */
function repeat(unit, bytes, sep = '') {
  const size = Buffer.byteLength(unit + sep)
  return Array(Math.max(1, Math.ceil(bytes / size))).fill(unit).join(sep)
}

export const shapes = [
  {
    name: 'one table row repeated',
    text: (b) => `${titles[0]}\n${repeat(row, b, '\n')}\n`,
    html: (b) => `<p>${titles[0]}</p><table>${repeat(`<tr>${cellsOf(row)}</tr>`, b)}</table>`,
  },
  {
    name: 'one huge line',
    text: (b) => `${titles[0]} ${repeat(row, b, ' ')}`,
    html: (b) => `<p>${titles[0]} ${repeat(row, b, ' ')}</p>`,
  },
  {
    name: 'thousands of tables',
    text: (b) => repeat(`${titles.join('\n')}\n${row}\n`, b),
    html: (b) => repeat(titles.map((t) => `<p>${t}</p><table><tr>${cellsOf(row)}</tr></table>`).join(''), b),
  },
  {
    name: 'deep nesting',
    // Text has no nesting of its own: nested brackets and ever deeper indentation stand in.
    text: (b) => {
      const n = Math.ceil(b / 14)
      return `${titles[0]}\n${'（'.repeat(n / 2)}1${'）'.repeat(n / 2)}\n`
    },
    html: (b) => {
      const n = Math.ceil(b / 48)
      const open = '<div><table><tr><td>'
      return `<p>${titles[0]}</p>${open.repeat(n / 2)}${row}${'</td></tr></table></div>'.repeat(n / 2)}`
    },
  },
  {
    name: 'tiny cells (tabs)',
    text: (b) => `${titles[0]}\n（一）予以公开\t${repeat('1', b / 2, '\t')}\n`,
    html: (b) => `<p>${titles[0]}</p><table><tr><td>（一）予以公开</td>${repeat('<td>1</td>', b)}</tr></table>`,
  },
  {
    name: 'empty lines',
    // Runs of empty lines inside a table, plain and between cells a line (`\tcell`).
    text: (b) => `${titles[0]}\n${row}\n${'\n'.repeat(b / 2)}\t规章\n\t1\n${'\n'.repeat(b / 2)}\t2\n`,
    html: (b) => `<p>${titles[0]}</p><table><tr>${cellsOf(row)}</tr></table>${'<br>'.repeat(b / 4)}<p>规章 1</p>`,
  },
  {
    name: 'many inline pieces',
    // One paragraph of many short pieces: a reader joining them must not re-read what it joined.
    text: (b) => `${titles[0]}\n${repeat('规章 1', b, ' ')}\n`,
    html: (b) => `<p>${titles[0]}</p><p>${repeat('规章 <b>1</b>', b, ' ')}</p>`,
  },
  {
    name: 'numbers only',
    text: (b) => repeat('12 3456 7 89 0 1234567', b, '\n'),
    html: (b) => `<table>${repeat('<tr><td>12</td><td>3456</td><td>7</td><td>89</td><td>0</td><td>1234567</td></tr>', b)}</table>`,
  },
]
