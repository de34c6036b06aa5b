import { checkReport, reportToJson } from '@gai/model'
import { chooseReader } from '@gai/recognize'
import { toCsv, toHtml } from '@gai/render'
import { texts } from './i18n.js'
import { readers, textReaders } from './readers.js'

const $ = (id) => document.getElementById(id)
let locale = 'zh'
// A dropped PDF or Word file stays bytes (its reader is kept); text and pages become the text shown.
let current = { bytes: null, reader: null, name: 'report.txt' }
let runs = 0
const urls = []

function t(key) {
  return texts[locale][key]
}

function applyLanguage() {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n)
  $('lang').textContent = t('lang')
}

/** The reader and the input: the dropped file's bytes, else the text, chosen by what it is. */
function input() {
  if (current.bytes) return { reader: current.reader, input: current.bytes }
  const text = $('source').value
  // Readers sniff the head of the bytes only.
  const head = new TextEncoder().encode(text.slice(0, 4096))
  return { reader: chooseReader(textReaders, head) ?? textReaders[textReaders.length - 1], input: text }
}

/** Read what the user gave (a file's bytes, or the pasted text), check it, show everything. */
async function run() {
  const run = ++runs
  const { reader, input: given } = input()
  $('summary').textContent = t('reading')
  let result
  try {
    result = await reader.read(given, { source: current.name, locale })
  } catch (e) {
    // Readers never throw; a browser that cannot start pdf.js's worker is the one case left.
    result = { report: null, diagnostics: [{ reason: String(e?.message ?? e) }] }
  }
  const { report, diagnostics } = result
  // A later drop, edit or language switch started another reading: this one is stale.
  if (run !== runs) return
  for (const u of urls.splice(0)) URL.revokeObjectURL(u)
  $('diagnostics').replaceChildren()
  $('tables').replaceChildren()
  if (!report) {
    $('summary').textContent = t('unreadable') + diagnostics.map((d) => d.reason).join('；')
    return
  }
  const found = [...diagnostics.filter((d) => d.severity !== 'info'), ...checkReport(report, { locale, infos: false })]
  const errors = found.filter((d) => d.severity === 'error').length
  const warnings = found.filter((d) => d.severity === 'warning').length
  $('summary').textContent = t('summary')(report, errors, warnings) + (found.length ? '' : ` ${t('clean')}`)
  // toHtml escapes every text of the report, so its output is safe to insert.
  $('tables').innerHTML = toHtml(report)
  for (const d of found) {
    for (const c of d.cells) {
      const td = $('tables').querySelector(`[data-cell="${c.key}"]`)
      if (td) td.classList.add('flagged', d.severity)
    }
    const li = document.createElement('li')
    li.className = d.severity
    const where = d.place ? `${d.place.start.line}:${d.place.start.column} ` : ''
    li.textContent = `${where}${d.reason} (${d.ruleId})`
    li.addEventListener('click', () => focus(d))
    $('diagnostics').append(li)
  }
  const link = (id, body, type) => {
    const url = URL.createObjectURL(new Blob([body], { type }))
    urls.push(url)
    $(id).href = url
  }
  link('download-json', reportToJson(report), 'application/json')
  link('download-csv', toCsv(report), 'text/csv')
}

/** Jump to a diagnostic: its cells in the tables, its place in the source. */
function focus(d) {
  for (const el of document.querySelectorAll('td.focused')) el.classList.remove('focused')
  const first = d.cells.map((c) => $('tables').querySelector(`[data-cell="${c.key}"]`)).find(Boolean)
  if (first) {
    first.classList.add('focused')
    first.scrollIntoView({ block: 'center' })
  }
  const p = d.cells.find((c) => c.origin)?.origin?.position ?? d.place
  if (p && current.bytes === null) {
    const area = $('source')
    area.focus()
    area.setSelectionRange(p.start.offset, p.end.offset)
  }
}

async function load(file) {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const reader = chooseReader(readers, bytes)
  if (!reader) {
    // Binary bytes of no format the page reads (an image, a spreadsheet): say so, never guess.
    current = { bytes: null, reader: null, name: file.name }
    runs++ // a reading still under way is stale now
    $('source').value = ''
    $('diagnostics').replaceChildren()
    $('tables').replaceChildren()
    $('summary').textContent = t('unreadable') + t('unknown')(file.name)
    return
  }
  if (!textReaders.includes(reader)) {
    // PDF and Word files are read from their bytes; there is no text of theirs to edit.
    current = { bytes, reader, name: file.name }
    $('source').value = ''
  } else {
    current = { bytes: null, reader: null, name: file.name }
    $('source').value = decodeForDisplay(bytes)
    // Once shown, the text is what is checked, so edits count; positions refer to it.
  }
  await run()
}

function decodeForDisplay(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

$('file').addEventListener('change', (e) => e.target.files[0] && load(e.target.files[0]))
$('drop').addEventListener('dragover', (e) => {
  e.preventDefault()
  $('drop').classList.add('over')
})
$('drop').addEventListener('dragleave', () => $('drop').classList.remove('over'))
$('drop').addEventListener('drop', (e) => {
  e.preventDefault()
  $('drop').classList.remove('over')
  if (e.dataTransfer.files[0]) load(e.dataTransfer.files[0])
})
// A dropped PDF or Word file is checked again as it is until the text box is edited.
$('check').addEventListener('click', () => run())
$('source').addEventListener('input', () => {
  current.bytes = null
})
$('lang').addEventListener('click', () => {
  locale = locale === 'zh' ? 'en' : 'zh'
  applyLanguage()
  if (current.bytes || $('source').value.trim()) run()
})
applyLanguage()
